// The frames the "Simulate rollout" panel animates: each event with only what it changed (the pod
// or claim it is about, and the status), so 300 pods over thousands of events stay small enough to
// post to a webview. The panel applies frames in order and never decides controller behaviour.
import type { SimInput } from './input';
import { findLimitProblem } from './limits';
import { budgetStates } from './disruptionBudget';
import { changedPod, computeStatus, pvcState } from './snapshot';
import { simulate } from './simulate';
import type { BudgetState, NodeState, PodState, PvcState, Script, SimEvent, SimResult, StatusState } from './types';
import type { World } from './world';

export interface RolloutFrame {
  readonly event: SimEvent;
  /** The pod the event is about as it is now; null when it is gone. */
  readonly pod?: PodState | null;
  /** The claim the event is about as it is now; null when it is gone. */
  readonly pvc?: PvcState | null;
  readonly status: StatusState;
  /** The nodes and budgets as they are now, when they differ from the previous frame's (issue #11). */
  readonly cluster?: ClusterFrame;
}

export interface ClusterFrame {
  readonly nodes: readonly NodeState[];
  readonly budgets: readonly BudgetState[];
}

export interface RolloutPlan {
  readonly statefulset: string;
  readonly namespace: string;
  /** `nginx.default.svc.cluster.local`, or null without a governing headless Service. */
  readonly serviceDnsName: string | null;
  /** Why pods get no per-pod DNS names, when they do not. */
  readonly dnsProblem?: string;
  readonly frames: readonly RolloutFrame[];
  readonly truncated?: string;
}

const PVC_EVENTS = new Set(['PVCCreated', 'PVCBound', 'PVCPending', 'PVCDeleted', 'PVCZoneBound']);

function frameOf(world: World, cluster: ClusterFrame | undefined): RolloutFrame {
  const event = world.lastEvent!;
  const status = computeStatus(world);
  const extra = cluster ? { cluster } : {};
  if (PVC_EVENTS.has(event.type)) {
    const pvc = world.pvcs.get(event.object);
    return { event, pvc: pvc ? pvcState(pvc) : null, status, ...extra };
  }
  const pod = changedPod(world);
  return pod === undefined ? { event, status, ...extra } : { event, pod, status, ...extra };
}

/**
 * Returns, per event, the cluster when it changed. With no nodes given nothing is read, so such
 * plans (every plan before issue #11) cost and carry exactly what they did. The nodes come from
 * the cluster's own per-node states, rebuilt only for the nodes that changed (Cluster.states), and
 * are compared only when the cluster's version moved; the budgets from the world's counters. So a
 * frame costs O(budgets), plus O(pods on the changed nodes) when a node changed, not a snapshot of
 * every pod and claim.
 */
function clusterChanges(): (world: World) => ClusterFrame | undefined {
  let version = -1;
  let nodes: readonly NodeState[] = [];
  let nodesJson: string[] = [];
  let budgetsJson = '[]';
  return (world) => {
    const cluster = world.cluster;
    if (cluster === null) return undefined;
    const budgets = budgetStates(world, world.budgets);
    const budgetsNow = JSON.stringify(budgets);
    let nodesChanged = false;
    if (cluster.version !== version) {
      version = cluster.version;
      const now = cluster.states();
      const json = now.map((node, i) => (node === nodes[i] ? nodesJson[i] : JSON.stringify(node)));
      nodesChanged = json.length !== nodesJson.length || json.some((text, i) => text !== nodesJson[i]);
      [nodes, nodesJson] = [now, json];
    }
    if (!nodesChanged && budgetsNow === budgetsJson) return undefined;
    budgetsJson = budgetsNow;
    return { nodes, budgets };
  };
}

/**
 * The panel's plan, or why there is none: input beyond the limits (limits.ts) is refused before
 * any work, since the panel plans on the extension host and must never block it.
 */
export function planRollout(input: SimInput, script: Script, maxEvents?: number): RolloutPlan | { readonly error: string } {
  const error = findLimitProblem(input, script);
  if (error !== undefined) return { error };
  const frames: RolloutFrame[] = [];
  const clusterOf = clusterChanges();
  const result: SimResult = simulate(input, script, { maxEvents, observe: (world) => frames.push(frameOf(world, clusterOf(world))) });
  return {
    statefulset: result.statefulset,
    namespace: result.namespace,
    serviceDnsName: result.final.dns.serviceName,
    ...(result.final.dns.problem ? { dnsProblem: result.final.dns.problem } : {}),
    frames,
    ...(result.truncated ? { truncated: result.truncated } : {}),
  };
}
