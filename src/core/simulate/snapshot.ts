// Read-only views of the simulated cluster: the status the controller would write, DNS answers,
// and the whole state after an event (what the panel draws and `--format json` prints).
import { t } from '../l10n/messages';
import { budgetStates } from './disruptionBudget';
import { dnsName, podOfDnsName } from './dns';
import type { DnsState, PodState, PvcState, SimState, StatusState } from './types';
import type { Pod, Pvc, World } from './world';

/** The status the controller writes (computeReplicaStatus, docs/controller-model.md §8), from the world's counters. */
export function computeStatus(world: World): StatusState {
  return {
    replicas: world.pods.size,
    readyReplicas: world.readyCount,
    availableReplicas: world.availableCount,
    currentReplicas: world.revisionCounts.get(world.currentRevision) ?? 0,
    updatedReplicas: world.revisionCounts.get(world.updateRevision) ?? 0,
    currentRevision: world.currentRevision,
    updateRevision: world.updateRevision,
    revisions: world.revisions.map((r) => r.name),
  };
}

/**
 * Whether the status the controller would write now is `last` (what computeStatus would return,
 * field by field), asked after every sync: comparing its JSON built a status, an array of
 * revision names and a string per sync, all garbage at once.
 */
export function isStatusUnchanged(world: World, last: StatusState | undefined): boolean {
  if (last === undefined) return false;
  const same =
    last.replicas === world.pods.size &&
    last.readyReplicas === world.readyCount &&
    last.availableReplicas === world.availableCount &&
    last.currentReplicas === (world.revisionCounts.get(world.currentRevision) ?? 0) &&
    last.updatedReplicas === (world.revisionCounts.get(world.updateRevision) ?? 0) &&
    last.currentRevision === world.currentRevision &&
    last.updateRevision === world.updateRevision &&
    last.revisions.length === world.revisions.length;
  if (!same) return false;
  for (let i = 0; i < last.revisions.length; i++) if (world.revisions[i].name !== last.revisions[i]) return false;
  return true;
}

export function describeStatus(status: StatusState): string {
  const revisions =
    status.currentRevision === status.updateRevision
      ? t('sim.status.revision', status.updateRevision)
      : t('sim.status.revisions', status.currentRevision, status.updateRevision);
  const { replicas, readyReplicas, availableReplicas, currentReplicas, updatedReplicas } = status;
  return t('sim.status', replicas, readyReplicas, availableReplicas, currentReplicas, updatedReplicas, revisions);
}

function byOrdinal<T extends { ordinal: number; name: string }>(a: T, b: T): number {
  return a.ordinal - b.ordinal || a.name.localeCompare(b.name);
}

export function podState(world: World, pod: Pod): PodState {
  return {
    name: pod.name,
    ordinal: pod.ordinal,
    phase: pod.phase,
    status: pod.status,
    ready: pod.ready,
    available: pod.available,
    terminating: pod.terminating,
    revision: pod.revision,
    ip: pod.ip,
    hostname: pod.name,
    dnsName: dnsName(world, pod),
    dnsPublished: pod.published,
    claims: world.claimsOf(pod).map((c) => c.name),
    restarts: pod.restarts,
    createdAt: pod.createdAt,
    ...(pod.reason ? { reason: pod.reason } : {}),
    node: pod.node,
  };
}

const POD_EVENTS = new Set([
  'PodCreated', 'PodRunning', 'PodReady', 'PodNotReady', 'PodAvailable', 'PodFailed', 'PodTerminating', 'PodDeleted', 'PodScheduled', 'FailedScheduling', 'PodEvicted',
]);

/**
 * The pod the last event is about, as it is now (null: gone; undefined: the event is about no
 * pod). An event changes at most that one pod, so this is all a watch or the panel needs.
 */
export function changedPod(world: World): PodState | null | undefined {
  const pod = changedPodObject(world);
  return pod ? podState(world, pod) : pod;
}

/** changedPod's pod as the store holds it, with no PodState built (the CLI's watch reads five fields of it per event). */
export function changedPodObject(world: World): Pod | null | undefined {
  const event = world.lastEvent!;
  if (POD_EVENTS.has(event.type)) return world.pods.get(event.object) ?? null;
  if (event.type === 'DNSRecordAdded' || event.type === 'DNSRecordRemoved') return podOfDnsName(world, event.object) ?? undefined;
  return undefined;
}

export function dnsState(world: World): DnsState {
  const service = world.service;
  const published = [...world.pods.values()].filter((p) => p.published).sort(byOrdinal);
  const records: Record<string, string> = {};
  for (const pod of published) records[dnsName(world, pod)!] = pod.ip!;
  if (!service?.governs) {
    const problem = service?.problem ?? t('sim.dns.noServiceName');
    return { serviceName: null, serviceAnswers: [], records, problem };
  }
  return { serviceName: `${service.name}.${service.namespace}.svc.${world.env.clusterDomain}`, serviceAnswers: published.map((p) => p.ip!), records };
}

export function pvcState(c: Pvc): PvcState {
  return { name: c.name, claimTemplate: c.claimTemplate, pod: c.pod, phase: c.phase, volume: c.volume, owners: [...c.owners], ...(c.reason ? { reason: c.reason } : {}), zone: c.zone };
}

export function snapshot(world: World): SimState {
  const pvcs: PvcState[] = [...world.pvcs.values()].sort(byOrdinal).map(pvcState);
  return {
    time: world.time,
    deleted: world.deleted,
    pods: [...world.pods.values()].sort(byOrdinal).map((p) => podState(world, p)),
    pvcs,
    status: computeStatus(world),
    dns: dnsState(world),
    nodes: world.cluster?.states() ?? [],
    budgets: budgetStates(world, world.budgets),
  };
}
