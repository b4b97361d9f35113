// PodDisruptionBudgets as the disruption controller keeps their status and the eviction
// subresource honours it, after kubernetes pkg/controller/disruption/disruption.go
// (getExpectedPodCount, countHealthyPods, updatePdbStatus) and
// pkg/registry/core/pod/storage/eviction.go (checkAndDecrement). Only voluntary evictions (a
// drain) ask a budget; the controller's own rolling update never does, as upstream.
import type { SimBudget } from './input';
import type { BudgetState } from './types';
import type { Pod, World } from './world';

// The apiserver's 429 and 500 texts (eviction.go): Kubernetes' words, never translated.
export const EVICTION_REFUSED = "Cannot evict pod as it would violate the pod's disruption budget.";
export const SEVERAL_BUDGETS = 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.';

/** intstr.GetScaledValueFromIntOrPercent with roundUp: an int as it is, `N%` of `total` rounded up. */
function scaled(value: number | string, total: number): number {
  if (typeof value === 'number') return value;
  const percent = /^(\d+)%$/.exec(value.trim());
  return percent ? Math.ceil((Number(percent[1]) * total) / 100) : Number(value) || 0;
}


/** getExpectedPodCount: desiredHealthy from maxUnavailable (of spec.replicas), or minAvailable (an int, or a percent of spec.replicas). */
function desiredHealthy(world: World, budget: SimBudget): number {
  const scale = world.spec.replicas;
  if (budget.maxUnavailable !== undefined) return Math.max(0, scale - scaled(budget.maxUnavailable, scale));
  if (budget.minAvailable !== undefined) return scaled(budget.minAvailable, scale);
  return 0;
}

/** updatePdbStatus for every budget: disruptionsAllowed = currentHealthy - desiredHealthy, at least 0. */
export function budgetStates(world: World, budgets: readonly SimBudget[]): BudgetState[] {
  if (budgets.length === 0) return [];
  // countHealthyPods (not being deleted, and Ready), from the world's counter rather than a scan of every pod.
  const currentHealthy = world.budgetHealthyCount;
  return budgets.map((budget) => {
    const desired = desiredHealthy(world, budget);
    return { name: budget.name, disruptionsAllowed: Math.max(0, currentHealthy - desired), currentHealthy, desiredHealthy: desired };
  });
}

/**
 * The eviction subresource for one of the set's pods: undefined when allowed (the budget's
 * disruptionsAllowed is spent), else the refusal text. A terminating pod, and an unhealthy one
 * while the budget is met (unhealthyPodEvictionPolicy IfHealthyBudget), go without spending it.
 */
export function checkEviction(world: World, budgets: readonly SimBudget[], pod: Pod): string | undefined {
  if (pod.terminating || budgets.length === 0) return undefined;
  if (budgets.length > 1) return SEVERAL_BUDGETS;
  const [status] = budgetStates(world, budgets);
  if (!pod.ready && status.currentHealthy >= status.desiredHealthy) return undefined;
  return status.disruptionsAllowed > 0 ? undefined : EVICTION_REFUSED;
}
