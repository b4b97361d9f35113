// Taints and tolerations, after kubernetes: the taints a node carries in the states the simulator
// models (pkg/controller/nodelifecycle adds node.kubernetes.io/unreachable with the effects
// NoSchedule and NoExecute to a node whose kubelet stopped posting status; cordoning adds
// node.kubernetes.io/unschedulable:NoSchedule; non-graceful shutdown is
// node.kubernetes.io/out-of-service=nodeshutdown:NoExecute), `Toleration.ToleratesTaint`
// (staging/src/k8s.io/api/core/v1/toleration.go), the DefaultTolerationSeconds admission plugin
// (plugin/pkg/admission/defaulttolerationseconds) and the taint eviction controller's
// getMinTolerationTime (pkg/controller/tainteviction).
import { isObject } from './spec';

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface Taint {
  readonly key: string;
  readonly value: string;
  readonly effect: TaintEffect;
}

export interface Toleration {
  readonly key: string;
  /** `Equal` (the default) or `Exists`; anything else tolerates nothing. */
  readonly operator: string;
  readonly value: string;
  /** Empty: every effect. */
  readonly effect: string;
  /** Only for NoExecute: how long the pod stays bound after the taint appears; undefined: forever. */
  readonly tolerationSeconds?: number;
}

export const UNREACHABLE_KEY = 'node.kubernetes.io/unreachable';
export const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', value: '', effect: 'NoSchedule' };
export const UNREACHABLE_NO_SCHEDULE: Taint = { key: UNREACHABLE_KEY, value: '', effect: 'NoSchedule' };
export const UNREACHABLE_NO_EXECUTE: Taint = { key: UNREACHABLE_KEY, value: '', effect: 'NoExecute' };
export const OUT_OF_SERVICE_TAINT: Taint = { key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' };

/** What of a node's state adds taints: its kubelet posting status, cordoned, the out-of-service taint. */
export interface TaintedState {
  readonly ready: boolean;
  readonly cordoned: boolean;
  readonly outOfService: boolean;
}

/**
 * Every taint a node carries in this model, all from its state (the script's nodes have none of
 * their own): cordoned, TaintNodeUnschedulable; NotReady, the node lifecycle controller's
 * unreachable taint as doNoScheduleTaintingPass (NoSchedule) and doNoExecuteTaintingPass
 * (UnreachableTaintTemplate, NoExecute) add it; non-graceful shutdown, the out-of-service taint.
 * None is PreferNoSchedule, so TaintToleration's score is the same on every node (docs/controller-model.md §16).
 */
export function taintsOf(node: TaintedState): Taint[] {
  const taints = node.cordoned ? [UNSCHEDULABLE_TAINT] : [];
  if (!node.ready) taints.push(UNREACHABLE_NO_SCHEDULE, UNREACHABLE_NO_EXECUTE);
  if (node.outOfService) taints.push(OUT_OF_SERVICE_TAINT);
  return taints;
}

/** DefaultTolerationSeconds: what the admission plugin gives a pod that does not tolerate unreachable NoExecute itself. */
export const DEFAULT_TOLERATION_SECONDS = 300;

/** A template's `spec.tolerations`, as plain data (entries that are not objects are left out). */
export function toTolerations(podSpec: unknown): Toleration[] {
  const list = isObject(podSpec) && Array.isArray(podSpec.tolerations) ? podSpec.tolerations : [];
  return list.filter(isObject).map((t) => ({
    key: typeof t.key === 'string' ? t.key : '',
    operator: typeof t.operator === 'string' && t.operator !== '' ? t.operator : 'Equal',
    value: typeof t.value === 'string' ? t.value : '',
    effect: typeof t.effect === 'string' ? t.effect : '',
    ...(typeof t.tolerationSeconds === 'number' ? { tolerationSeconds: t.tolerationSeconds } : {}),
  }));
}

/** Toleration.ToleratesTaint: the effect and key match (empty matches all), then Equal compares values and Exists any. */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect !== '' && toleration.effect !== taint.effect) return false;
  if (toleration.key !== '' && toleration.key !== taint.key) return false;
  if (toleration.operator === 'Exists') return true;
  return toleration.operator === 'Equal' && toleration.value === taint.value;
}

export function tolerates(tolerations: readonly Toleration[], taint: Taint): boolean {
  return tolerations.some((toleration) => toleratesTaint(toleration, taint));
}

/**
 * DefaultTolerationSeconds (admission.go): a pod without its own toleration of unreachable
 * NoExecute (key empty or unreachable, effect empty or NoExecute) gets `Exists` for 300 s.
 */
export function withDefaultTolerations(tolerations: readonly Toleration[]): readonly Toleration[] {
  const own = tolerations.some((t) => (t.key === '' || t.key === UNREACHABLE_KEY) && (t.effect === '' || t.effect === 'NoExecute'));
  if (own) return tolerations;
  return [...tolerations, { key: UNREACHABLE_KEY, operator: 'Exists', value: '', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS }];
}

/**
 * The taint eviction controller for one NoExecute taint (processPodOnNode, getMinTolerationTime):
 * 0 when the pod does not tolerate it (evicted at once), the smallest tolerationSeconds of the
 * tolerations that match (0 or less: at once), or undefined when they all tolerate it forever.
 */
export function evictionDelay(tolerations: readonly Toleration[], taint: Taint): number | undefined {
  const used = tolerations.filter((t) => toleratesTaint(t, taint));
  if (used.length === 0) return 0;
  const bounded = used.filter((t) => t.tolerationSeconds !== undefined).map((t) => Math.max(0, t.tolerationSeconds!));
  return bounded.length === 0 ? undefined : Math.min(...bounded);
}

/** The `{key: value}` form FindMatchingUntoleratedTaint's caller prints in the filter's reason. */
export function untoleratedTaintReason(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value}}`;
}
