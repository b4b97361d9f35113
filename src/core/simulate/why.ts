// The "why" of each timeline event: which sentence explains it from the controller's point of view
// (a `sim.why.*` key of l10n/en/why.ts, translated by the caller so that the webview bundle keeps
// its own string table) and the kubernetes.io section that documents the behaviour (docs/learn.md §3).
import type { why } from '../l10n/en/why';
import type { SimEvent } from './types';

export type WhyKey = keyof typeof why;

export interface EventWhy {
  readonly key: WhyKey;
  /** {0}: the event's object; {1}: the pod before it (PodCreated), or the zone (PVCZoneBound). */
  readonly args: readonly string[];
  readonly url: string;
}

const STS = 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/';
const DOCS = {
  statefulSet: STS,
  guarantees: `${STS}#deployment-and-scaling-guarantees`,
  policies: `${STS}#pod-management-policies`,
  identity: `${STS}#stable-network-id`,
  storage: `${STS}#stable-storage`,
  retention: `${STS}#persistentvolumeclaim-retention`,
  updates: `${STS}#rolling-updates`,
  minReady: `${STS}#minimum-ready-seconds`,
  provisioning: 'https://kubernetes.io/docs/concepts/storage/dynamic-provisioning/#defaulting-behavior',
  binding: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#binding',
  readiness: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes',
  podPhase: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase',
  deleteSet: 'https://kubernetes.io/docs/tasks/run-application/delete-stateful-set/',
  api: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
  status: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetStatus',
  nodeCondition: 'https://kubernetes.io/docs/concepts/architecture/nodes/#condition',
  forceDelete: 'https://kubernetes.io/docs/tasks/run-application/force-delete-stateful-set-pod/',
  drain: 'https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/',
  scheduler: 'https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/',
  outOfService: 'https://kubernetes.io/docs/concepts/cluster-administration/node-shutdown/#non-graceful-node-shutdown',
  volumeBindingMode: 'https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode',
} as const;

type Simple = Exclude<SimEvent['type'], 'PodCreated' | 'PodTerminating' | 'Blocked' | 'StepStarted'>;

/** Events whose explanation depends on nothing but their type. */
const BY_TYPE: Readonly<Record<Simple, readonly [WhyKey, string]>> = {
  RevisionCreated: ['sim.why.revisionCreated', DOCS.updates],
  RevisionReused: ['sim.why.revisionReused', DOCS.updates],
  PVCCreated: ['sim.why.pvcCreated', DOCS.storage],
  PVCBound: ['sim.why.pvcBound', DOCS.binding],
  PVCPending: ['sim.why.pvcPending', DOCS.provisioning],
  PVCDeleted: ['sim.why.pvcDeleted', DOCS.retention],
  PodRunning: ['sim.why.podRunning', DOCS.identity],
  PodReady: ['sim.why.podReady', DOCS.readiness],
  PodNotReady: ['sim.why.podNotReady', DOCS.readiness],
  PodAvailable: ['sim.why.podAvailable', DOCS.minReady],
  PodFailed: ['sim.why.podFailed', DOCS.podPhase],
  PodDeleted: ['sim.why.podDeleted', DOCS.storage],
  DNSRecordAdded: ['sim.why.dnsAdded', DOCS.identity],
  DNSRecordRemoved: ['sim.why.dnsRemoved', DOCS.identity],
  StatusUpdated: ['sim.why.statusUpdated', DOCS.status],
  Settled: ['sim.why.settled', DOCS.guarantees],
  PodScheduled: ['sim.why.podScheduled', DOCS.scheduler],
  FailedScheduling: ['sim.why.failedScheduling', DOCS.scheduler],
  NodeNotReady: ['sim.why.nodeNotReady', DOCS.nodeCondition],
  NodeReady: ['sim.why.nodeReady', DOCS.nodeCondition],
  EvictionRefused: ['sim.why.evictionRefused', DOCS.drain],
  PodEvicted: ['sim.why.podEvicted', DOCS.drain],
  PVCZoneBound: ['sim.why.pvcZoneBound', DOCS.volumeBindingMode],
};

/** StepStarted's object is the step's kind: the cluster's steps say what they do to it. */
const STEPS: Readonly<Record<string, readonly [WhyKey, string]>> = {
  failNode: ['sim.why.stepFailNode', DOCS.nodeCondition],
  restoreNode: ['sim.why.stepRestoreNode', DOCS.nodeCondition],
  forceDeletePod: ['sim.why.stepForceDelete', DOCS.forceDelete],
  addOutOfServiceTaint: ['sim.why.stepOutOfService', DOCS.outOfService],
  cordonNode: ['sim.why.stepCordon', DOCS.drain],
  uncordonNode: ['sim.why.stepUncordon', DOCS.drain],
  drainNode: ['sim.why.stepDrain', DOCS.drain],
};

const TERMINATING: Readonly<Record<string, readonly [WhyKey, string]>> = {
  User: ['sim.why.terminatingUser', DOCS.identity],
  GarbageCollector: ['sim.why.terminatingGc', DOCS.deleteSet],
  // The reasons the cluster's evictions give (a drain; the taint eviction after a node is lost).
  Eviction: ['sim.why.terminatingEviction', DOCS.drain],
  TaintManagerEviction: ['sim.why.terminatingTaint', DOCS.nodeCondition],
};

const BLOCKED: Readonly<Record<string, readonly [WhyKey, string]>> = {
  Forbidden: ['sim.why.blockedForbidden', DOCS.api],
  NotFound: ['sim.why.blockedNotFound', DOCS.statefulSet],
};

/** Why `frames[index].event` happened; `policy` is the set's podManagementPolicy as planned. */
export function explainEvent(frames: readonly { readonly event: SimEvent }[], index: number, policy: 'OrderedReady' | 'Parallel'): EventWhy {
  const event = frames[index].event;
  const why = (key: WhyKey, url: string): EventWhy => ({ key, args: [event.object, event.zone ?? ''], url });
  switch (event.type) {
    case 'StepStarted': {
      const [key, url] = STEPS[event.object] ?? ['sim.why.stepStarted', DOCS.statefulSet];
      return why(key, url);
    }
    case 'PodCreated':
      return explainPodCreated(frames, index, policy);
    case 'PodTerminating': {
      const [key, url] = TERMINATING[event.reason ?? ''] ?? ['sim.why.terminatingController', DOCS.guarantees];
      return why(key, url);
    }
    case 'Blocked': {
      const [key, url] = BLOCKED[event.reason ?? ''] ?? ['sim.why.blockedWaiting', DOCS.policies];
      return why(key, url);
    }
    default: {
      const [key, url] = BY_TYPE[event.type];
      return why(key, url);
    }
  }
}

const ordinalOf = (pod: string) => Number(/-(\d+)$/.exec(pod)?.[1] ?? -1);

/**
 * A pod created again under a name it had (deleted, failed, scaled back up), the lowest ordinal, or
 * one that followed the pod before it: OrderedReady's wait (`isRunningAndReady` in
 * stateful_set_control.go's updateStatefulSet) or Parallel's burst.
 */
function explainPodCreated(frames: readonly { readonly event: SimEvent }[], index: number, policy: 'OrderedReady' | 'Parallel'): EventWhy {
  const pod = frames[index].event.object;
  const ordinal = ordinalOf(pod);
  let before: string | undefined;
  for (let i = 0; i < index; i++) {
    const { type, object } = frames[i].event;
    if (type !== 'PodCreated') continue;
    if (object === pod) return { key: 'sim.why.podRecreated', args: [pod, ''], url: DOCS.identity };
    const other = ordinalOf(object);
    if (other < ordinal && (before === undefined || other > ordinalOf(before))) before = object;
  }
  if (before === undefined) return { key: 'sim.why.podCreatedFirst', args: [pod, ''], url: DOCS.guarantees };
  const key = policy === 'Parallel' ? 'sim.why.podCreatedParallel' : 'sim.why.podCreatedOrdered';
  return { key, args: [pod, before], url: DOCS.policies };
}
