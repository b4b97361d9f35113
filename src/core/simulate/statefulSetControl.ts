// One sync of the StatefulSet controller, after kubernetes
// pkg/controller/statefulset/stateful_set_control.go: updateStatefulSet runs processReplica over
// the replicas (ascending), processCondemned over the pods beyond the range (descending), the
// rolling update (updateStatefulSetAfterInvariantEstablished behind MaxUnavailableStatefulSet),
// then updateStatefulSetStatus. Every question ("the lowest unhealthy pod", "the highest outdated
// one") is answered from the world's indexes, so a sync costs O(log n) and a simulation stays
// linear in the replica count.
import { t } from '../l10n/messages';
import { outcomeOf } from './kubelet';
import { truncateHistory } from './controllerHistory';
import { countsUnavailableByMinReadySeconds } from './featureGates';
import { resolveMaxUnavailable } from './spec';
import { fixCondemnedClaims, fixReplicaClaims } from './retentionSync';
import { createStatefulPod, deleteStatefulPod, podClaimIsStale } from './statefulPodControl';
import { getPodName, isFailed, isHealthy, isRunningAndReady, isTerminating, newVersionedStatefulSetPodRevision } from './statefulSetUtils';
import type { Pod, World } from './world';

export interface SyncResult {
  readonly acted: boolean;
  readonly waiting?: string;
}

/** The first ordinal the rolling update may touch (`partition` is an index from ordinals.start). */
function updateFrom(world: World): number {
  return world.spec.startOrdinal + (world.spec.rollingUpdate?.partition ?? 0);
}

function hasPendingUpdate(world: World): boolean {
  const top = world.outdated.max();
  return world.spec.updateType === 'RollingUpdate' && top !== undefined && top >= updateFrom(world);
}

/** What an OrderedReady set is held up on, in words a learner recognises; undefined when nothing waits. */
function waitReason(world: World, pod: Pod, condition: string): string | undefined {
  const next = world.missing.min();
  let reason =
    next !== undefined
      ? t('sim.wait.for', getPodName(world.spec.name, next), pod.name, condition)
      : world.condemned.size > 0
        ? t('sim.wait.scaleDownFor', pod.name, condition)
        : hasPendingUpdate(world)
          ? t('sim.wait.rollingUpdateFor', pod.name, condition)
          : undefined;
  if (reason === undefined) return undefined;
  if (pod.reason) reason += t('sim.wait.podReason', pod.name, pod.reason);
  const stuck = pod.revision !== world.updateRevision && !isTerminating(pod) && outcomeOf(world, pod.revision) !== 'ready';
  if (stuck && world.spec.updateType === 'RollingUpdate') {
    reason += t('sim.wait.brokenRollback', pod.revision, pod.name, world.updateRevision);
  }
  return reason;
}

/**
 * processReplica's actions for one in-range ordinal: delete a failed pod, create a missing one
 * unless a stale claim blocks it (PodClaimIsStale); returns whether it acted, or why it waits.
 */
function processReplica(world: World, ordinal: number): boolean | string {
  const pod = world.byOrdinal.get(ordinal);
  if (pod && isFailed(pod) && !isTerminating(pod)) {
    deleteStatefulPod(world, pod, 'it failed; it will be recreated');
    return true;
  }
  if (!pod) {
    const stale = podClaimIsStale(world, ordinal);
    if (stale) return t('sim.wait.staleClaim', getPodName(world.spec.name, ordinal), stale.name);
    const revisions = { current: world.currentRevision, update: world.updateRevision, currentReplicas: world.currentReplicas };
    createStatefulPod(world, ordinal, newVersionedStatefulSetPodRevision(world.spec, revisions, ordinal));
    return true;
  }
  return false;
}

/**
 * Parallel's burst: every missing or failed replica in one sync, ascending (slowStartBatch keeps
 * index order). Most syncs have neither, or only one kind: merging them through a Set and a sort
 * built five arrays and a Set per sync.
 */
function missingOrFailed(world: World): number[] {
  if (world.failed.size === 0) return world.missing.ascending();
  if (world.missing.size === 0) return world.failed.ascending();
  return [...new Set([...world.missing.ascending(), ...world.failed.ascending()])].sort((a, b) => a - b);
}

/** The replicas: Parallel acts on all at once; OrderedReady on the lowest unhealthy one, or waits for it. */
function processReplicas(world: World, monotonic: boolean): SyncResult | undefined {
  if (!monotonic) {
    const todo = missingOrFailed(world);
    let acted = false;
    let waiting: string | undefined;
    for (const ordinal of todo) {
      const result = processReplica(world, ordinal);
      if (typeof result === 'string') waiting ??= result;
      else acted = result || acted;
    }
    fixReplicaClaims(world, undefined);
    return acted || waiting ? { acted, waiting } : undefined;
  }
  const first = world.unhealthy.min();
  fixReplicaClaims(world, first);
  if (first === undefined) return undefined;
  const action = processReplica(world, first);
  if (typeof action === 'string') return { acted: false, waiting: action };
  if (action) return { acted: true };
  const pod = world.byOrdinal.get(first)!;
  if (isTerminating(pod)) return { acted: false, waiting: t('sim.wait.terminating', pod.name) };
  if (!isRunningAndReady(pod)) return { acted: false, waiting: waitReason(world, pod, t('sim.wait.runningAndReady')) };
  return { acted: false, waiting: waitReason(world, pod, t('sim.wait.available', world.spec.minReadySeconds)) };
}

/** The first unhealthy pod: the lowest unhealthy replica, else the lowest unhealthy condemned pod. */
function firstUnhealthyPod(world: World): number | undefined {
  return world.unhealthy.min() ?? world.condemned.ascending().find((o) => !isHealthy(world.byOrdinal.get(o)));
}

/** processCondemned, over the pods beyond the range from the highest ordinal down. */
function processCondemned(world: World, monotonic: boolean): SyncResult | undefined {
  let acted = false;
  const order = monotonic ? [world.condemned.max()].filter((o): o is number => o !== undefined) : world.condemned.ascending().reverse();
  for (const ordinal of order) {
    const pod = world.byOrdinal.get(ordinal)!;
    if (isTerminating(pod)) {
      if (monotonic) return { acted, waiting: t('sim.wait.scaleDownTerminate', pod.name) };
      continue;
    }
    // Upstream logs the first unhealthy pod here: it holds the scale-down as much as this one does.
    const first = monotonic && !isHealthy(pod) ? firstUnhealthyPod(world) : undefined;
    if (first !== undefined && first !== ordinal) return { acted, waiting: t('sim.wait.scaleDownUnhealthy', pod.name, getPodName(world.spec.name, first)) };
    deleteStatefulPod(world, pod, 'scale down');
    acted = true;
  }
  return acted ? { acted } : undefined;
}

/** The highest outdated, non-terminating replica at or above the partition. */
function topOutdated(world: World): Pod | undefined {
  const top = world.outdated.max();
  return top !== undefined && top >= updateFrom(world) ? world.byOrdinal.get(top) : undefined;
}

function deleteForUpdate(world: World, pod: Pod): void {
  deleteStatefulPod(world, pod, `rolling update to ${world.updateRevision}`);
}

/**
 * updateStatefulSetAfterInvariantEstablished (MaxUnavailableStatefulSet): up to maxUnavailable
 * outdated pods at once, less the replicas already unavailable, those of a broken old revision
 * included (they spend the budget: kubernetes/kubernetes#137409). Before 1.35 a pod counted as
 * unavailable only when not Running and Ready (isHealthy), from 1.35 also while not yet available
 * for minReadySeconds (isUnavailable).
 */
function updateStatefulSetAfterInvariantEstablished(world: World): SyncResult | undefined {
  const max = resolveMaxUnavailable(world.spec.rollingUpdate?.maxUnavailable, world.spec.replicas);
  const byAvailability = countsUnavailableByMinReadySeconds(world.env.kubernetesVersion);
  const unavailable = world.unhealthy.size - (byAvailability ? 0 : world.readyNotAvailable.size);
  if (unavailable >= max) return topOutdated(world) ? { acted: false, waiting: t('sim.wait.maxUnavailable', unavailable, max) } : undefined;
  let acted = false;
  for (let budget = max - unavailable, pod = topOutdated(world); budget > 0 && pod; budget--, pod = topOutdated(world)) {
    deleteForUpdate(world, pod);
    acted = true;
  }
  return acted ? { acted } : undefined;
}

/**
 * The rolling update at the end of updateStatefulSet: from the top down, delete the first
 * outdated pod, or wait at the first unhealthy one; behind the feature gate,
 * updateStatefulSetAfterInvariantEstablished instead.
 */
function rollingUpdate(world: World): SyncResult | undefined {
  if (world.env.featureGates.MaxUnavailableStatefulSet) return updateStatefulSetAfterInvariantEstablished(world);
  const target = topOutdated(world);
  if (!target) return undefined;
  const unhealthyAbove = world.unhealthy.max();
  if (unhealthyAbove !== undefined && unhealthyAbove > target.ordinal) {
    return { acted: false, waiting: t('sim.wait.rollingUpdate', getPodName(world.spec.name, unhealthyAbove)) };
  }
  deleteForUpdate(world, target);
  return { acted: true };
}

/** updateStatefulSetStatus: completeRollingUpdate, and status.currentReplicas as the controller writes it. */
function updateStatefulSetStatus(world: World): void {
  const updated = world.revisionCounts.get(world.updateRevision) ?? 0;
  const ready = world.readyCount;
  if (world.spec.updateType === 'RollingUpdate' && updated === ready && ready === world.pods.size && world.pods.size === world.spec.replicas) {
    world.currentRevision = world.updateRevision;
  }
  world.currentReplicas = world.revisionCounts.get(world.currentRevision) ?? 0;
}

/** updateStatefulSet: one sync. OrderedReady stops at the first phase that acted or waits. */
export function updateStatefulSet(world: World): SyncResult {
  if (!world.applied || world.deleted) return { acted: false };
  const monotonic = !world.spec.parallel;
  const replicas = processReplicas(world, monotonic);
  if (replicas && monotonic) return finish(world, replicas);
  fixCondemnedClaims(world);
  const condemned = processCondemned(world, monotonic);
  const acted = Boolean(replicas?.acted || condemned?.acted);
  if (condemned && (monotonic || condemned.waiting !== undefined)) return finish(world, { acted, waiting: condemned.waiting });
  updateStatefulSetStatus(world);
  if (world.spec.updateType === 'OnDelete') return finish(world, { acted, waiting: replicas?.waiting });
  const update = rollingUpdate(world);
  return finish(world, { acted: acted || Boolean(update?.acted), waiting: update?.waiting ?? replicas?.waiting });
}

/** The end of a sync: the status it computed, then truncateHistory (as UpdateStatefulSet ends). */
function finish(world: World, result: SyncResult): SyncResult {
  updateStatefulSetStatus(world);
  truncateHistory(world);
  return result;
}
