// The scheduler's choice among the feasible nodes, after kubernetes pkg/scheduler (RunScorePlugins,
// then the highest total wins): noderesources LeastAllocated (weight 1), NodeAffinity's preferred
// terms (weight 2) and InterPodAffinity's preferred pod affinity and anti-affinity (weight 2), the
// default profile's weights; each plugin's score normalised to 0–100 as upstream does. Ties go to
// the node with the fewest pods of the set (standing in for PodTopologySpread's default scoring),
// then to the node name, so a simulation stays deterministic where upstream picks at random.
import { defaultNormalizeScore, MAX_NODE_SCORE, minMaxNormalizeScore, preferredNodeScore } from './nodeAffinity';
import type { Cluster, SimNode } from './nodes';
import type { Placement, PreferredPodTerm } from './placement';

// The default profile's plugin weights (pkg/scheduler/apis/config/v1/default_plugins.go).
const NODE_AFFINITY_WEIGHT = 2;
const INTER_POD_AFFINITY_WEIGHT = 2;

/** noderesources LeastAllocated over cpu and memory (the resources with a capacity), 0–1. */
function leastAllocated(node: SimNode, placement: Placement): number {
  const { cpu, memory } = node.spec.capacity;
  let free = 0;
  let counted = 0;
  if (cpu) {
    free += (cpu - node.cpu - placement.cpu) / cpu;
    counted++;
  }
  if (memory) {
    free += (memory - node.memory - placement.memory) / memory;
    counted++;
  }
  return counted === 0 ? 0 : free / counted;
}

/**
 * InterPodAffinity.Score before normalising: per preferred term, its weight (negative for
 * anti-affinity) for every pod of the set bound in the node's domain of its topology key,
 * terminating pods included, as the scheduler's snapshot still holds them. The per-domain counters
 * make this O(terms) per node.
 */
function interPodAffinityScore(cluster: Cluster, node: SimNode, terms: readonly PreferredPodTerm[]): number {
  let score = 0;
  for (const { key, weight } of terms) score += weight * cluster.countIn(node, key, false);
  return score;
}

/** What the preferences add to each node's score, in LeastAllocated's 0–1 units; all 0 when the pod has none. */
function preferenceScores(cluster: Cluster, nodes: readonly SimNode[], placement: Placement): number[] {
  const affinity = defaultNormalizeScore(nodes.map((node) => preferredNodeScore(placement.preferredNodeAffinity, node.labels)));
  const pods = placement.preferredPodAffinity;
  const interPod = pods.length === 0 ? affinity.map(() => 0) : minMaxNormalizeScore(nodes.map((node) => interPodAffinityScore(cluster, node, pods)));
  return nodes.map((_, i) => (NODE_AFFINITY_WEIGHT * affinity[i] + INTER_POD_AFFINITY_WEIGHT * interPod[i]) / MAX_NODE_SCORE);
}

/** Higher is better; then the fewest pods of the set, then the name. */
function isBetter(score: number, node: SimNode, bestScore: number, best: SimNode): boolean {
  if (score !== bestScore) return score > bestScore;
  if (node.pods.size !== best.pods.size) return node.pods.size < best.pods.size;
  return node.spec.name < best.spec.name;
}

/** The node the pod goes to, among `nodes` (those that passed every filter; at least one). */
function bestNode(cluster: Cluster, nodes: readonly SimNode[], placement: Placement): SimNode {
  const extra = preferenceScores(cluster, nodes, placement);
  let best = nodes[0];
  let bestScore = leastAllocated(best, placement) + extra[0];
  for (let i = 1; i < nodes.length; i++) {
    const score = leastAllocated(nodes[i], placement) + extra[i];
    if (isBetter(score, nodes[i], bestScore, best)) [best, bestScore] = [nodes[i], score];
  }
  return best;
}

/**
 * The node the pod goes to among the `candidates` that `fit` (pass every filter); undefined when
 * none does. Without preferred terms a node's score is its own, so one pass over the candidates
 * finds the best without listing the feasible ones (an array as long as the zone's nodes per
 * attempt, a third of the scheduler's garbage at 100 nodes); with them, the scores are normalised
 * over the feasible nodes, which are listed first.
 */
export function bestFeasibleNode(cluster: Cluster, candidates: readonly SimNode[], placement: Placement, fits: (node: SimNode) => boolean): SimNode | undefined {
  if (placement.preferredNodeAffinity.length > 0 || placement.preferredPodAffinity.length > 0) {
    const feasible = candidates.filter(fits);
    return feasible.length > 0 ? bestNode(cluster, feasible, placement) : undefined;
  }
  let best: SimNode | undefined;
  let bestScore = 0;
  for (const node of candidates) {
    if (!fits(node)) continue;
    const score = leastAllocated(node, placement);
    if (best === undefined || isBetter(score, node, bestScore, best)) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}
