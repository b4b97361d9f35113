// `kubectl drain NODE`: cordon, then evict every pod on the node through the eviction subresource
// (disruptionBudget.ts), retrying a refused eviction every 5 s as kubectl does, until each pod is
// evicted. The simulator retries while something else is still going on (a pod starting may free
// the budget) and again after each step; with nothing left that could change the answer, it says
// the drain would wait forever instead of running the clock to its end.
import { t } from '../l10n/messages';
import { checkEviction } from './disruptionBudget';
import { terminatePod } from './kubelet';
import type { SimNode } from './nodes';
import type { Pod, World } from './world';

/** kubectl drain's retry interval after a refused eviction (evictPods: 5 s). */
export const DRAIN_RETRY_SECONDS = 5;

interface Drain {
  readonly node: SimNode;
  /** Pod → the refusal last reported for it, so a retry refused alike says nothing new. */
  readonly refused: Map<string, string>;
  stalled: boolean;
}

const drains = new WeakMap<World, Map<string, Drain>>();

function drainsOf(world: World): Map<string, Drain> {
  let map = drains.get(world);
  if (!map) drains.set(world, (map = new Map()));
  return map;
}

function podsToEvict(world: World, node: SimNode): Pod[] {
  return [...node.pods].sort((a, b) => a[1] - b[1]).map(([name]) => world.pods.get(name)).filter((p): p is Pod => p !== undefined && !p.terminating);
}

export function drainNode(world: World, node: SimNode): void {
  world.cluster!.updateNode(node, { cordoned: true });
  const drain: Drain = { node, refused: new Map(), stalled: false };
  drainsOf(world).set(node.spec.name, drain);
  evictAll(world, drain);
}

/** One round of evictions, in ordinal order; refused ones are tried again in 5 s. */
function evictAll(world: World, drain: Drain): void {
  const left: string[] = [];
  for (const pod of podsToEvict(world, drain.node)) {
    const refusal = checkEviction(world, world.budgets, pod);
    if (refusal === undefined) {
      drain.refused.delete(pod.name);
      world.emit({ time: world.time, type: 'PodEvicted', object: pod.name, node: drain.node.spec.name, message: t('sim.drain.evicted', pod.name, drain.node.spec.name) });
      terminatePod(world, pod, 'Eviction', t('sim.drain.terminating', pod.name));
      continue;
    }
    left.push(pod.name);
    if (drain.refused.get(pod.name) === refusal) continue;
    drain.refused.set(pod.name, refusal);
    world.emit({ time: world.time, type: 'EvictionRefused', object: pod.name, node: drain.node.spec.name, reason: 'TooManyRequests', message: refusal });
  }
  if (left.length === 0) drainsOf(world).delete(drain.node.spec.name);
  else if (world.hasPodTimers()) world.scheduleCall(DRAIN_RETRY_SECONDS, () => evictAll(world, drain));
  else {
    drain.stalled = true;
    world.emit({ time: world.time, type: 'Blocked', object: world.spec.name, reason: 'Waiting', message: t('sim.drain.stalled', drain.node.spec.name, left.join(', ')) });
  }
}

/** After each step: a stalled drain tries again (the step may have changed what its budget allows). */
export function resumeDrains(world: World): void {
  for (const drain of drainsOf(world).values()) {
    if (!drain.stalled) continue;
    drain.stalled = false;
    world.scheduleCall(DRAIN_RETRY_SECONDS, () => evictAll(world, drain));
  }
}
