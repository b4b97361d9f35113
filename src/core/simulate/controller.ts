// One sync of the StatefulSet controller (CTL.updateStatefulSet, controller-semantics.md §1):
// Phase A replicas (ascending), Phase B claim owners, Phase C condemned (descending), status,
// Phase D rolling update. Returns whether it changed anything and, when it waits, why.
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

function slots(world: World): number[] {
  return Array.from({ length: world.spec.replicas }, (_, i) => world.spec.startOrdinal + i);
}

function condemnedPods(world: World): Pod[] {
  const { startOrdinal, replicas } = world.spec;
  return [...world.pods.values()].filter((p) => p.ordinal < startOrdinal || p.ordinal >= startOrdinal + replicas).sort((a, b) => b.ordinal - a.ordinal);
}

/** What an OrderedReady set is held up on, in words a learner recognises; undefined when nothing waits. */
function waitReason(world: World, pod: Pod, condition: string): string | undefined {
  const next = slots(world).find((ordinal) => ordinal > pod.ordinal && !world.pods.has(world.podName(ordinal)));
  const { updateType, rollingUpdate, startOrdinal } = world.spec;
  const updateFrom = startOrdinal + (rollingUpdate?.partition ?? 0);
  const rolling = updateType === 'RollingUpdate' && [...world.pods.values()].some((p) => p.ordinal >= updateFrom && p.revision !== world.updateRevision && !p.terminating);
  const who = next !== undefined ? world.podName(next) : condemnedPods(world).length > 0 ? 'scale-down' : rolling ? 'the rolling update' : undefined;
  if (who === undefined) return undefined;
  let reason = `${who} waits for ${pod.name} to be ${condition}${pod.reason ? ` (${pod.name}: ${pod.reason})` : ''}`;
  const stuck = pod.revision !== world.updateRevision && !pod.terminating && outcomeOf(world, pod.revision) !== 'ready';
  if (stuck && world.spec.updateType === 'RollingUpdate') {
    reason += `: it runs revision ${pod.revision}, which never becomes Ready, and OrderedReady will not replace it (the broken-rollback trap); delete ${pod.name} to recreate it at ${world.updateRevision}`;
  }
  return reason;
}

function phaseReplicas(world: World, monotonic: boolean): SyncResult | undefined {
  let acted = false;
  for (const ordinal of slots(world)) {
    const pod = world.pods.get(world.podName(ordinal));
    if (pod && pod.phase === 'Failed' && !pod.terminating) {
      terminatePod(world, pod, 'Controller', `delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (it failed; it will be recreated)`);
      acted = true;
      if (monotonic) return { acted };
      continue;
    }
    if (!pod) {
      createPod(world, ordinal, revisionFor(world, ordinal));
      acted = true;
      if (monotonic) return { acted };
      continue;
    }
    if (!monotonic) continue;
    if (pod.terminating) return { acted, waiting: `${pod.name} is terminating: the controller waits for it to be gone before recreating it` };
    if (!isRunningAndReady(pod)) return { acted, waiting: waitReason(world, pod, 'Running and Ready') };
    if (!pod.available) return { acted, waiting: waitReason(world, pod, `available (Ready for minReadySeconds: ${world.spec.minReadySeconds})`) };
  }
  return acted ? { acted } : undefined;
}

/** Phase B: the claim owner references the retention policy asks for (the GC acts on them). */
function syncClaimOwners(world: World): void {
  const { whenDeleted, whenScaled, startOrdinal, replicas, name } = world.spec;
  for (const pvc of world.pvcs.values()) {
    const inRange = pvc.ordinal >= startOrdinal && pvc.ordinal < startOrdinal + replicas;
    if (!inRange && !world.pods.has(pvc.pod)) continue;
    const owners: string[] = [];
    if (inRange ? whenDeleted === 'Delete' : whenDeleted === 'Delete' && whenScaled !== 'Delete') owners.push(`StatefulSet/${name}`);
    if (!inRange && whenScaled === 'Delete') owners.push(`Pod/${pvc.pod}`);
    pvc.owners = owners;
  }
}

function phaseCondemned(world: World, monotonic: boolean): SyncResult | undefined {
  const replicas = slots(world).map((o) => world.pods.get(world.podName(o)));
  const condemned = condemnedPods(world);
  const firstUnavailable = replicas.find((p) => !isHealthy(p)) ?? [...condemned].reverse().find((p) => !isHealthy(p));
  let acted = false;
  for (const pod of condemned) {
    if (pod.terminating) {
      if (monotonic) return { acted, waiting: `scale-down waits for ${pod.name} to terminate` };
      continue;
    }
    if (monotonic && !isHealthy(pod) && pod !== firstUnavailable) return { acted, waiting: `scale-down waits: ${pod.name} is not healthy` };
    terminatePod(world, pod, 'Controller', `delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (scale down)`);
    acted = true;
    if (monotonic) return { acted };
  }
  return acted ? { acted } : undefined;
}

function phaseUpdate(world: World): SyncResult | undefined {
  const { rollingUpdate, replicas: count, startOrdinal } = world.spec;
  const replicas = slots(world).map((o) => world.pods.get(world.podName(o)));
  const updateMin = rollingUpdate ? rollingUpdate.partition : 0;
  const outdated = (pod: Pod | undefined) => pod !== undefined && pod.revision !== world.updateRevision && !pod.terminating;
  const remove = (pod: Pod) =>
    terminatePod(world, pod, 'Controller', `delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (rolling update to ${world.updateRevision})`);
  if (world.env.featureGates.MaxUnavailableStatefulSet) {
    const max = resolveMaxUnavailable(rollingUpdate?.maxUnavailable, count);
    const unavailable = replicas.filter((p) => !isHealthy(p)).length;
    if (unavailable >= max) {
      return replicas.some(outdated) ? { acted: false, waiting: `the rolling update waits: ${unavailable} pod(s) unavailable, maxUnavailable is ${max}` } : undefined;
    }
    let budget = max - unavailable;
    let acted = false;
    for (let target = replicas.length - 1; target >= updateMin && budget > 0; target--) {
      const pod = replicas[target];
      if (outdated(pod)) {
        remove(pod!);
        budget--;
        acted = true;
      }
    }
    return acted ? { acted } : undefined;
  }
  for (let target = replicas.length - 1; target >= updateMin; target--) {
    const pod = replicas[target];
    if (outdated(pod)) {
      remove(pod!);
      return { acted: true };
    }
    if (!isHealthy(pod) && replicas.slice(updateMin, target).some(outdated)) {
      return { acted: false, waiting: `the rolling update waits for ${pod?.name ?? world.podName(startOrdinal + target)} to be Running and Ready` };
    }
  }
  return undefined;
}

function updateStatus(world: World): void {
  const pods = [...world.pods.values()];
  const ready = pods.filter(isRunningAndReady).length;
  const updated = pods.filter((p) => !p.terminating && p.revision === world.updateRevision).length;
  if (world.spec.updateType === 'RollingUpdate' && updated === ready && ready === pods.length && pods.length === world.spec.replicas) {
    world.currentRevision = world.updateRevision;
  }
  world.currentReplicas = pods.filter((p) => !p.terminating && p.revision === world.currentRevision).length;
}

export function syncStatefulSet(world: World): SyncResult {
  if (!world.applied || world.deleted) return { acted: false };
  const monotonic = !world.spec.parallel;
  const a = phaseReplicas(world, monotonic);
  if (a && (monotonic || a.waiting)) return finish(world, a);
  syncClaimOwners(world);
  const c = phaseCondemned(world, monotonic);
  if (c && (monotonic || c.waiting)) return finish(world, c, a?.acted);
  updateStatus(world);
  if (world.spec.updateType === 'OnDelete') return finish(world, { acted: Boolean(a?.acted || c?.acted) });
  const d = phaseUpdate(world);
  return finish(world, { acted: Boolean(a?.acted || c?.acted || d?.acted), waiting: d?.waiting });
}

function finish(world: World, result: SyncResult, alsoActed = false): SyncResult {
  syncClaimOwners(world);
  updateStatus(world);
  return { acted: result.acted || alsoActed, waiting: result.waiting };
}
