// The rollout simulator's contract: what goes in (a StatefulSet, its Service, an environment and
// steps) and what comes out (time-ordered events and the state after each one). The JSON output
// of `statefulset-studio simulate --format json` is built from these types and is used by other
// tools: keep field names and event types stable.
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from '../model/kubernetesVersion';

/** A node of the simulated cluster (script `environment.nodes`). */
export interface NodeSpec {
  readonly name: string;
  readonly zone: string | null;
  /** Allocatable; a missing entry means unlimited. cpu in cores (0.5 = 500m), memory in bytes. */
  readonly capacity: { readonly pods?: number; readonly cpu?: number; readonly memory?: number };
  readonly labels: Readonly<Record<string, string>>;
}
export interface NodeState {
  readonly name: string;
  readonly zone: string | null;
  /** False after failNode until restoreNode (NodeNotReady / NodeReady events). */
  readonly ready: boolean;
  /** cordonNode / drainNode set it; uncordonNode clears it. */
  readonly cordoned: boolean;
  /** addOutOfServiceTaint: NAME (node.kubernetes.io/out-of-service). */
  readonly outOfService: boolean;
  /** Names of the pods bound to it now, in ordinal order. */
  readonly pods: readonly string[];
}
export interface BudgetState {
  /** The PodDisruptionBudget's name. */
  readonly name: string;
  /** status.disruptionsAllowed as the disruption controller computes it now. */
  readonly disruptionsAllowed: number;
  readonly currentHealthy: number;
  readonly desiredHealthy: number;
}

/** `environment.storageClass` in its object form: the StorageClass every claim uses. */
export interface StorageClassSpec {
  readonly name: string;
  readonly volumeBindingMode: 'Immediate' | 'WaitForFirstConsumer';
  readonly reclaimPolicy: 'Delete' | 'Retain';
  readonly allowVolumeExpansion: boolean;
}

export interface Environment {
  readonly clusterDomain: string;
  /** Pending -> Running, once the pod's claims are bound. */
  readonly podStartSeconds: number;
  /**
   * Running -> Ready for a container with a readinessProbe: the probe's first success after its
   * initialDelaySeconds (kubelet.ts, readinessDelay). A pod without a probe is Ready when Running.
   */
  readonly readySeconds: number;
  /** Terminating -> gone. */
  readonly terminationSeconds: number;
  /**
   * `default`: a default StorageClass provisions every claim; `none`: claims stay Pending; a
   * StorageClassSpec: that class's binding mode and reclaim policy.
   */
  readonly storageClass: 'default' | 'none' | StorageClassSpec;
  /** Set explicitly, or the default of the Kubernetes version (featureGates.ts). */
  readonly featureGates: { readonly MaxUnavailableStatefulSet: boolean };
  /** `[]`: one implicit node of unlimited capacity that emits no scheduling events. */
  readonly nodes: readonly NodeSpec[];
  /** The cluster's minor version: behaviour that changed between versions follows it (featureGates.ts). */
  readonly kubernetesVersion: KubernetesVersion;
}

export const DEFAULT_ENVIRONMENT: Environment = {
  clusterDomain: 'cluster.local',
  podStartSeconds: 2,
  readySeconds: 1,
  terminationSeconds: 1,
  storageClass: 'default',
  featureGates: { MaxUnavailableStatefulSet: false },
  nodes: [],
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
};

/** What a container image does when a pod runs it. */
export type Outcome = 'ready' | 'imagePullError' | 'crashLoop' | 'neverReady';

/**
 * One step of a script, defined once: the script parser (script.ts) builds these from the YAML
 * form (`scale: 5` → `{kind: 'scale', replicas: 5}`), the panel's protocol sends them
 * (protocol/messages.ts) and the engine runs them (steps.ts). `kind` is also the `object` of the
 * step's StepStarted event.
 */
export type StepBody =
  | { readonly kind: 'apply'; readonly patch: Readonly<Record<string, unknown>> }
  | { readonly kind: 'scale'; readonly replicas: number }
  | { readonly kind: 'setImage'; readonly image: string; readonly container?: string; readonly outcome?: Outcome }
  | { readonly kind: 'deletePod'; readonly pod: string }
  | { readonly kind: 'failPod'; readonly pod: string }
  | { readonly kind: 'failReadiness'; readonly pod: string }
  | { readonly kind: 'restoreReadiness'; readonly pod: string }
  | { readonly kind: 'deleteStatefulSet'; readonly scaleToZeroFirst: boolean }
  | { readonly kind: 'wait'; readonly seconds: number }
  | { readonly kind: NodeStepKind; readonly node: string }
  | { readonly kind: 'forceDeletePod'; readonly pod: string };

/** The steps that act on one node, named by `node`: one list for the script parser and the panel's protocol. */
export const NODE_STEP_KINDS = ['cordonNode', 'uncordonNode', 'drainNode', 'failNode', 'restoreNode', 'addOutOfServiceTaint'] as const;
export type NodeStepKind = (typeof NODE_STEP_KINDS)[number];

export function isNodeStepKind(kind: unknown): kind is NodeStepKind {
  return (NODE_STEP_KINDS as readonly unknown[]).includes(kind);
}

/** A step with `at`: the simulated second it starts at, instead of when the previous one settled. */
export type Step = StepBody & { readonly at?: number };
export type StepKind = Step['kind'];
/** The steps that act on one pod, named by `pod`. */
export type PodStep = Extract<Step, { readonly pod: string }>;
export type NodeStep = Extract<Step, { readonly node: string }>;

export interface Script {
  readonly environment: Environment;
  readonly steps: readonly Step[];
}

export type EventType =
  | 'StepStarted'
  | 'RevisionCreated'
  | 'RevisionReused'
  | 'PVCCreated'
  | 'PVCBound'
  | 'PVCPending'
  | 'PVCDeleted'
  | 'PodCreated'
  | 'PodRunning'
  | 'PodReady'
  | 'PodNotReady'
  | 'PodAvailable'
  | 'PodFailed'
  | 'PodTerminating'
  | 'PodDeleted'
  | 'DNSRecordAdded'
  | 'DNSRecordRemoved'
  | 'Blocked'
  | 'StatusUpdated'
  | 'Settled'
  | 'PodScheduled'
  | 'FailedScheduling'
  | 'NodeNotReady'
  | 'NodeReady'
  | 'EvictionRefused'
  | 'PodEvicted'
  | 'PVCZoneBound';

export interface SimEvent {
  /** Seconds since the simulation started. */
  readonly time: number;
  readonly type: EventType;
  /** What the event is about: a pod, claim, revision or DNS name, or the StatefulSet. */
  readonly object: string;
  readonly revision?: string;
  readonly ip?: string;
  readonly reason?: string;
  readonly message?: string;
  /** StepStarted only: the 0-based index of the step in the script. */
  readonly step?: number;
  /** PodScheduled, PodEvicted: the node. */
  readonly node?: string;
  /** PVCZoneBound: the zone the volume lives in. */
  readonly zone?: string;
}

/** How `kubectl get pods` would show a pod's STATUS column. */
export type PodStatus =
  | 'Pending'
  | 'ContainerCreating'
  | 'Running'
  | 'Terminating'
  | 'ErrImagePull'
  | 'ImagePullBackOff'
  | 'CrashLoopBackOff'
  | 'Error';

export interface PodState {
  readonly name: string;
  readonly ordinal: number;
  readonly phase: 'Pending' | 'Running' | 'Failed';
  readonly status: PodStatus;
  readonly ready: boolean;
  readonly available: boolean;
  readonly terminating: boolean;
  readonly revision: string;
  /** Assigned when the pod starts running; every (re)creation gets a new one. */
  readonly ip: string | null;
  readonly hostname: string;
  /** `web-0.nginx.default.svc.cluster.local`, or null without a headless Service. */
  readonly dnsName: string | null;
  /** Whether the DNS name answers right now (Ready, or publishNotReadyAddresses). */
  readonly dnsPublished: boolean;
  readonly claims: readonly string[];
  readonly restarts: number;
  /** Seconds since the simulation started, when this incarnation of the pod was created. */
  readonly createdAt: number;
  /** Why the pod is not progressing (claim unbound, image pull failing, …). */
  readonly reason?: string;
  /** The node it is bound to: null with no nodes given, and while Pending unscheduled. */
  readonly node: string | null;
}

export interface PvcState {
  readonly name: string;
  readonly claimTemplate: string;
  readonly pod: string;
  readonly phase: 'Pending' | 'Bound';
  /** The volume it is bound to, e.g. `pvc-www-web-0`. */
  readonly volume: string | null;
  /** Owner references the retention policy put on it: `StatefulSet/web`, `Pod/web-2`. */
  readonly owners: readonly string[];
  readonly reason?: string;
  /** The zone its volume lives in, fixed once bound (null without zones). */
  readonly zone: string | null;
}

export interface StatusState {
  readonly replicas: number;
  readonly readyReplicas: number;
  readonly availableReplicas: number;
  readonly currentReplicas: number;
  readonly updatedReplicas: number;
  readonly currentRevision: string;
  readonly updateRevision: string;
  /** The set's ControllerRevisions, oldest first: truncateHistory prunes old ones beyond revisionHistoryLimit. */
  readonly revisions: readonly string[];
}

export interface DnsState {
  /** `nginx.default.svc.cluster.local`, or null without a headless Service. */
  readonly serviceName: string | null;
  /** IPs the Service name answers with now (ready pods, or all with IPs under publishNotReadyAddresses). */
  readonly serviceAnswers: readonly string[];
  /** Pod DNS name -> IP, for the names that answer now. */
  readonly records: Readonly<Record<string, string>>;
  /** Why pods get no per-pod DNS names, when they do not. */
  readonly problem?: string;
}

export interface SimState {
  readonly time: number;
  readonly deleted: boolean;
  readonly pods: readonly PodState[];
  readonly pvcs: readonly PvcState[];
  readonly status: StatusState;
  readonly dns: DnsState;
  /** Empty with no nodes given. */
  readonly nodes: readonly NodeState[];
  /** The PodDisruptionBudgets that select the set's pods. */
  readonly budgets: readonly BudgetState[];
}

export interface SimResult {
  readonly statefulset: string;
  readonly namespace: string;
  /** Every event in order; empty when the caller streamed them (SimulateOptions.keepEvents false). */
  readonly events: readonly SimEvent[];
  /** The state after each event (same index), when asked for (the panel); otherwise empty. */
  readonly states: readonly SimState[];
  readonly final: SimState;
  /** The simulation stopped early (event or time budget); says why. */
  readonly truncated?: string;
}
