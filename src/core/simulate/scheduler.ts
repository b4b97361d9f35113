// The scheduler, for the nodes of `environment.nodes` (after kubernetes pkg/scheduler): the
// default profile's filters in their order (nodeunschedulable, tainttoleration, nodeaffinity,
// noderesources/fit.go, volumebinding, podtopologyspread, interpodaffinity), each node keeping
// the reasons of the first filter it fails; then the feasible nodes' scores (scoring.ts). A pod that fits nowhere stays Pending with the
// FitError text of schedule_one.go, and is tried again when the cluster changes.
import { flat } from './flatText';
import { matchesTerm } from './nodeAffinity';
import { bestFeasibleNode } from './scoring';
import { taintsOf, tolerates, UNSCHEDULABLE_TAINT, untoleratedTaintReason } from './taints';
import { bindClaimsForPod, unboundClaimsMessage, unboundImmediateClaims, volumeZoneOf } from './volumeBinding';
import { type Cluster, type SimNode } from './nodes';
import { toPlacement, type Placement } from './placement';
import type { Pod, World } from './world';

// The plugins' reasons (ErrReason… constants upstream): Kubernetes' words, never translated.
const UNSCHEDULABLE = 'node(s) were unschedulable';
const NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
const VOLUME_CONFLICT = 'node(s) had volume node affinity conflict';
const SPREAD = "node(s) didn't match pod topology spread constraints";
const SPREAD_LABEL = "node(s) didn't match pod topology spread constraints (missing required label)";
const ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";

const placements = new WeakMap<World, Map<string, Placement>>();

/** The scheduling needs of a revision's pods, read once per revision. */
export function placementOf(world: World, revision: string): Placement {
  let cache = placements.get(world);
  if (!cache) placements.set(world, (cache = new Map()));
  let placement = cache.get(revision);
  if (!placement) cache.set(revision, (placement = toPlacement(world.revisions.find((r) => r.name === revision)?.template)));
  return placement;
}

/**
 * tainttoleration: the first NoSchedule/NoExecute taint of the node the pod does not tolerate, as
 * FindMatchingUntoleratedTaint reports it. A NotReady node carries unreachable with both effects
 * (every pod tolerates the NoExecute one, for 300 s by default), an out-of-service one its taint; a
 * cordoned node's taint is tolerated here, or nodeunschedulable would have failed the node first.
 */
function untoleratedTaint(node: SimNode, placement: Placement): string | undefined {
  if (node.ready && !node.outOfService) return undefined;
  const taint = taintsOf(node).find((t) => !tolerates(placement.tolerations, t));
  return taint && untoleratedTaintReason(taint);
}

/** nodeunschedulable: a cordoned node takes only pods that tolerate node.kubernetes.io/unschedulable:NoSchedule. */
function isUnschedulable(node: SimNode, placement: Placement): boolean {
  return node.cordoned && !tolerates(placement.tolerations, UNSCHEDULABLE_TAINT);
}

/** nodeaffinity: nodeSelector, and one of the required nodeSelectorTerms (In, NotIn, Exists, DoesNotExist, Gt, Lt). */
function matchesNodeAffinity(node: SimNode, placement: Placement): boolean {
  if (placement.nodeSelector.size > 0) for (const [key, value] of placement.nodeSelector) if (node.labels.get(key) !== value) return false;
  if (placement.nodeAffinity === null) return true;
  return placement.nodeAffinity.some((term) => matchesTerm(term, node.labels));
}

/** noderesources/fit.go fitsRequest: every resource short on the node (a zero request always fits); undefined when all fit. */
function insufficientResources(node: SimNode, placement: Placement): string[] | undefined {
  const { pods, cpu, memory } = node.spec.capacity;
  const tooMany = pods !== undefined && node.pods.size + 1 > pods;
  const noCpu = cpu !== undefined && placement.cpu > 0 && node.cpu + placement.cpu > cpu + 1e-9;
  const noMemory = memory !== undefined && placement.memory > 0 && node.memory + placement.memory > memory;
  if (!tooMany && !noCpu && !noMemory) return undefined;
  return [tooMany && 'Too many pods', noCpu && 'Insufficient cpu', noMemory && 'Insufficient memory'].filter((r): r is string => r !== false);
}

const NO_MINIMUMS: readonly number[] = [];

/** podtopologyspread PreFilter: per constraint, the fewest matching pods in any eligible domain (calPreFilterState). */
function minimumMatches(cluster: Cluster, placement: Placement): readonly number[] {
  if (placement.spread.length === 0) return NO_MINIMUMS;
  return placement.spread.map(({ key }) => {
    let min = Infinity;
    for (const node of cluster.nodes) {
      if (node.labels.has(key) && matchesNodeAffinity(node, placement)) min = Math.min(min, cluster.countIn(node, key, true));
    }
    return min === Infinity ? 0 : min;
  });
}

interface Attempt {
  readonly cluster: Cluster;
  readonly placement: Placement;
  readonly volumeZone: string | undefined;
  readonly minimums: readonly number[];
}

// Filters run for every node of every attempt: their answers are shared constants, not new arrays.
const FITS: readonly string[] = [];
const [CORDONED, AFFINITY, CONFLICT, SKEW, NO_LABEL, ANTI] = [UNSCHEDULABLE, NODE_AFFINITY, VOLUME_CONFLICT, SPREAD, SPREAD_LABEL, ANTI_AFFINITY].map((r) => [r]);

/** The reasons the node does not fit the pod, from the first filter that fails; empty when it fits. */
function filterNode(node: SimNode, a: Attempt): readonly string[] {
  if (isUnschedulable(node, a.placement)) return CORDONED;
  const taint = untoleratedTaint(node, a.placement);
  if (taint) return [taint];
  if (!matchesNodeAffinity(node, a.placement)) return AFFINITY;
  const resources = insufficientResources(node, a.placement);
  if (resources) return resources;
  if (a.volumeZone !== undefined && node.spec.zone !== a.volumeZone) return CONFLICT;
  for (let i = 0; i < a.placement.spread.length; i++) {
    const { key, maxSkew } = a.placement.spread[i];
    if (!node.labels.has(key)) return NO_LABEL;
    if (a.cluster.countIn(node, key, true) + 1 - a.minimums[i] > maxSkew) return SKEW;
  }
  // interpodaffinity satisfyPodAntiAffinity: a node without the topology label cannot conflict.
  for (const key of a.placement.antiAffinityKeys) if (a.cluster.countIn(node, key, false) > 0) return ANTI;
  return FITS;
}

/** Each filter reason with the number of nodes that gave it. */
function countReasons(nodes: readonly SimNode[], attempt: Attempt): Map<string, number> {
  const reasons = new Map<string, number>();
  for (const node of nodes) for (const reason of filterNode(node, attempt)) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  return reasons;
}

/** FitError.Error: `0/N nodes are available: ` and each reason's count, sorted as text. */
export function fitError(nodes: number, reasons: ReadonlyMap<string, number>): string {
  const counted = [...reasons].map(([reason, count]) => `${count} ${reason}`).sort();
  return `0/${nodes} nodes are available: ${counted.join(', ')}.`;
}

/** scheduleOne for one pod: bind it to the best node, or leave it Pending with FailedScheduling. */
export function schedulePod(world: World, pod: Pod): void {
  const cluster = world.cluster!;
  if (pod.node !== null || pod.terminating) return;
  const claims = world.claimsOf(pod);
  const unbound = unboundImmediateClaims(world, claims);
  if (unbound.length > 0) return failScheduling(world, pod, unboundClaimsMessage(world, unbound));
  const placement = placementOf(world, pod.revision);
  const attempt: Attempt = { cluster, placement, volumeZone: volumeZoneOf(claims), minimums: minimumMatches(cluster, placement) };
  // A bound volume admits only the nodes of its zone: only those are filtered, and the reasons of
  // every node are counted only when none fits (the filters are pure, so a second pass agrees).
  const candidates = attempt.volumeZone === undefined ? cluster.nodes : cluster.nodesInZone(attempt.volumeZone);
  const best = bestFeasibleNode(cluster, candidates, placement, (node) => filterNode(node, attempt).length === 0);
  if (best === undefined) return failScheduling(world, pod, fitError(cluster.nodes.length, countReasons(cluster.nodes, attempt)));
  cluster.unschedulable.delete(pod.name);
  // PreBind provisions WaitForFirstConsumer volumes before the pod is bound and Scheduled is recorded.
  bindClaimsForPod(world, pod, best.spec.zone);
  cluster.bind(pod.name, pod.ordinal, best, placement);
  world.updatePod(pod, { node: best.spec.name, status: 'ContainerCreating', reason: undefined, unschedulable: undefined });
  // The scheduler's Scheduled event: Kubernetes' words, never translated.
  const message = flat`Successfully assigned ${world.spec.namespace}/${pod.name} to ${best.spec.name}`;
  world.emit({ time: world.time, type: 'PodScheduled', object: pod.name, node: best.spec.name, message });
  world.schedule(world.env.podStartSeconds, 'start', pod);
}

/** Pending with the scheduler's message; FailedScheduling only when the message is new for this pod. */
function failScheduling(world: World, pod: Pod, message: string): void {
  world.cluster!.unschedulable.add(pod.name);
  if (pod.unschedulable === message) return;
  world.updatePod(pod, { reason: message, unschedulable: message });
  world.emit({ time: world.time, type: 'FailedScheduling', object: pod.name, reason: 'FailedScheduling', message });
}

/** The scheduling queue's move on a cluster event: every unschedulable pod tried again, lowest ordinal first. */
export function retryUnschedulable(world: World): void {
  const cluster = world.cluster;
  if (!cluster?.changed) return;
  cluster.changed = false;
  const pods = [...cluster.unschedulable].map((name) => world.pods.get(name)).filter((p): p is Pod => p !== undefined);
  for (const pod of pods.sort((a, b) => a.ordinal - b.ordinal)) schedulePod(world, pod);
}
