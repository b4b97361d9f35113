// One sync of the StatefulSet controller (updateStatefulSet, docs/controller-model.md §1):
// Phase A replicas (ascending), Phase C condemned (descending), status, Phase D rolling update.
// Phase B (claim owners) runs when the range or a pod changes (claims.ts), not on every sync. Every question
// ("the lowest unhealthy pod", "the highest outdated one") is answered from the world's indexes,
// so a sync costs O(log n) and a simulation stays linear in the replica count.
import { t } from '../l10n/messages';
import { createPod, outcomeOf, terminatePod } from './lifecycle';
import { resolveMaxUnavailable } from './spec';
import type { Pod, World } from './world';

export interface SyncResult {
  readonly acted: boolean;
  readonly waiting?: string;
}

const isRunningAndReady = (pod: Pod) => pod.phase === 'Running' && pod.ready;
const isHealthy = (pod: Pod | undefined) => pod !== undefined && isRunningAndReady(pod) && pod.available && !pod.terminating;

/** newVersionedStatefulSetPod: which revision a (re)created pod gets. */
function revisionFor(world: World, ordinal: number): string {
  const { updateType, rollingUpdate, startOrdinal } = world.spec;
  const belowCurrent = updateType === 'RollingUpdate' && rollingUpdate === null && ordinal < startOrdinal + world.currentReplicas;
  const belowPartition = rollingUpdate !== null && ordinal < startOrdinal + rollingUpdate.partition;
  return belowCurrent || belowPartition ? world.currentRevision : world.updateRevision;
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
      ? t('sim.wait.for', world.podName(next), pod.name, condition)
      : world.condemned.size > 0
        ? t('sim.wait.scaleDownFor', pod.name, condition)
        : hasPendingUpdate(world)
          ? t('sim.wait.rollingUpdateFor', pod.name, condition)
          : undefined;
  if (reason === undefined) return undefined;
  if (pod.reason) reason += t('sim.wait.podReason', pod.name, pod.reason);
  const stuck = pod.revision !== world.updateRevision && !pod.terminating && outcomeOf(world, pod.revision) !== 'ready';
  if (stuck && world.spec.updateType === 'RollingUpdate') {
    reason += t('sim.wait.brokenRollback', pod.revision, pod.name, world.updateRevision);
  }
  return reason;
}

/** Phase A for one in-range ordinal: delete a failed pod, create a missing one. */
function actOnReplica(world: World, ordinal: number): boolean {
  const pod = world.byOrdinal.get(ordinal);
  if (pod && pod.phase === 'Failed' && !pod.terminating) {
    terminatePod(world, pod, 'Controller', `delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (it failed; it will be recreated)`);
    return true;
  }
  if (!pod) {
    createPod(world, ordinal, revisionFor(world, ordinal));
    return true;
  }
  return false;
}

function phaseReplicas(world: World, monotonic: boolean): SyncResult | undefined {
  if (!monotonic) {
    // Burst: every missing or failed pod in one sync, ascending (slowStartBatch keeps index order).
    const todo = [...new Set([...world.missing.ascending(), ...world.failed.ascending()])].sort((a, b) => a - b);
    let acted = false;
    for (const ordinal of todo) acted = actOnReplica(world, ordinal) || acted;
    return acted ? { acted } : undefined;
  }
  const first = world.unhealthy.min();
  if (first === undefined) return undefined;
  if (actOnReplica(world, first)) return { acted: true };
  const pod = world.byOrdinal.get(first)!;
  if (pod.terminating) return { acted: false, waiting: t('sim.wait.terminating', pod.name) };
  if (!isRunningAndReady(pod)) return { acted: false, waiting: waitReason(world, pod, t('sim.wait.runningAndReady')) };
  return { acted: false, waiting: waitReason(world, pod, t('sim.wait.available', world.spec.minReadySeconds)) };
}

/** firstUnavailablePod: the lowest unhealthy replica, else the lowest unhealthy condemned pod. */
function firstUnavailable(world: World): number | undefined {
  return world.unhealthy.min() ?? world.condemned.ascending().find((o) => !isHealthy(world.byOrdinal.get(o)));
}

function phaseCondemned(world: World, monotonic: boolean): SyncResult | undefined {
  let acted = false;
  const order = monotonic ? [world.condemned.max()].filter((o): o is number => o !== undefined) : world.condemned.ascending().reverse();
  for (const ordinal of order) {
    const pod = world.byOrdinal.get(ordinal)!;
    if (pod.terminating) {
      if (monotonic) return { acted, waiting: t('sim.wait.scaleDownTerminate', pod.name) };
      continue;
    }
    if (monotonic && !isHealthy(pod) && ordinal !== firstUnavailable(world)) return { acted, waiting: t('sim.wait.scaleDownUnhealthy', pod.name) };
    terminatePod(world, pod, 'Controller', `delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (scale down)`);
    acted = true;
  }
  return acted ? { acted } : undefined;
}

function deleteForUpdate(world: World, pod: Pod): void {
  terminatePod(world, pod, 'Controller', `delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (rolling update to ${world.updateRevision})`);
}

/** The highest outdated, non-terminating replica at or above the partition. */
function topOutdated(world: World): Pod | undefined {
  const top = world.outdated.max();
  return top !== undefined && top >= updateFrom(world) ? world.byOrdinal.get(top) : undefined;
}

function phaseUpdate(world: World): SyncResult | undefined {
  if (world.env.featureGates.MaxUnavailableStatefulSet) {
    const max = resolveMaxUnavailable(world.spec.rollingUpdate?.maxUnavailable, world.spec.replicas);
    const unavailable = world.unhealthy.size;
    if (unavailable >= max) return topOutdated(world) ? { acted: false, waiting: t('sim.wait.maxUnavailable', unavailable, max) } : undefined;
    let acted = false;
    for (let budget = max - unavailable, pod = topOutdated(world); budget > 0 && pod; budget--, pod = topOutdated(world)) {
      deleteForUpdate(world, pod);
      acted = true;
    }
    return acted ? { acted } : undefined;
  }
  // Legacy path: from the top down, delete the first outdated pod, or wait at the first unhealthy one.
  const target = topOutdated(world);
  if (!target) return undefined;
  const unhealthyAbove = world.unhealthy.max();
  if (unhealthyAbove !== undefined && unhealthyAbove > target.ordinal) {
    return { acted: false, waiting: t('sim.wait.rollingUpdate', world.podName(unhealthyAbove)) };
  }
  deleteForUpdate(world, target);
  return { acted: true };
}

/** completeRollingUpdate, and status.currentReplicas as the controller writes it. */
function updateStatus(world: World): void {
  const updated = world.revisionCounts.get(world.updateRevision) ?? 0;
  const ready = world.readyCount;
  if (world.spec.updateType === 'RollingUpdate' && updated === ready && ready === world.pods.size && world.pods.size === world.spec.replicas) {
    world.currentRevision = world.updateRevision;
  }
  world.currentReplicas = world.revisionCounts.get(world.currentRevision) ?? 0;
}

export function syncStatefulSet(world: World): SyncResult {
  if (!world.applied || world.deleted) return { acted: false };
  const monotonic = !world.spec.parallel;
  const a = phaseReplicas(world, monotonic);
  if (a && (monotonic || a.waiting !== undefined)) return finish(world, a);
  const c = phaseCondemned(world, monotonic);
  if (c && (monotonic || c.waiting !== undefined)) return finish(world, { acted: c.acted || Boolean(a?.acted), waiting: c.waiting });
  updateStatus(world);
  if (world.spec.updateType === 'OnDelete') return finish(world, { acted: Boolean(a?.acted || c?.acted) });
  const d = phaseUpdate(world);
  return finish(world, { acted: Boolean(a?.acted || c?.acted || d?.acted), waiting: d?.waiting });
}

function finish(world: World, result: SyncResult): SyncResult {
  updateStatus(world);
  return result;
}
