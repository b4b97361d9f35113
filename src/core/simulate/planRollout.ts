// The frames the "Simulate rollout" panel animates: each event with only what it changed (the pod
// or claim it is about, and the status), so 300 pods over thousands of events stay small enough to
// post to a webview. The panel applies frames in order and never decides controller behaviour.
import type { SimInput } from './input';
import { findLimitProblem } from './limits';
import { changedPod, computeStatus, pvcState } from './snapshot';
import { simulate } from './simulate';
import type { PodState, PvcState, Script, SimEvent, SimResult, StatusState } from './types';
import type { World } from './world';

export interface RolloutFrame {
  readonly event: SimEvent;
  /** The pod the event is about as it is now; null when it is gone. */
  readonly pod?: PodState | null;
  /** The claim the event is about as it is now; null when it is gone. */
  readonly pvc?: PvcState | null;
  readonly status: StatusState;
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

function frameOf(world: World): RolloutFrame {
  const event = world.events[world.events.length - 1];
  const status = computeStatus(world);
  if (PVC_EVENTS.has(event.type)) {
    const pvc = world.pvcs.get(event.object);
    return { event, pvc: pvc ? pvcState(pvc) : null, status };
  }
  const pod = changedPod(world);
  return pod === undefined ? { event, status } : { event, pod, status };
}

/**
 * The panel's plan, or why there is none: input beyond the limits (limits.ts) is refused before
 * any work, since the panel plans on the extension host and must never block it.
 */
export function planRollout(input: SimInput, script: Script, maxEvents?: number): RolloutPlan | { readonly error: string } {
  const error = findLimitProblem(input, script);
  if (error !== undefined) return { error };
  const frames: RolloutFrame[] = [];
  const result: SimResult = simulate(input, script, { maxEvents, observe: (world) => frames.push(frameOf(world)) });
  return {
    statefulset: result.statefulset,
    namespace: result.namespace,
    serviceDnsName: result.final.dns.serviceName,
    ...(result.final.dns.problem ? { dnsProblem: result.final.dns.problem } : {}),
    frames,
    ...(result.truncated ? { truncated: result.truncated } : {}),
  };
}
