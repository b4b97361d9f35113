// A policy/v1 PodDisruptionBudget as the disruption controller reads it: which pods it guards and
// how many of them must stay healthy (getExpectedPodCount in pkg/controller/disruption/disruption.go),
// so that a rule can tell a budget that refuses every voluntary eviction, and the simulator can
// later decide evictions the same way. docs/validation.md §10.
import { getKey, getPath } from './access';
import { toIntOrPercent, scaledValue, type IntOrPercent } from './intOrPercent';
import { selectorMatches, toLabelSelector, type LabelSelector } from './labels';
import { selectorIsWellFormed } from './labelSyntax';
import type { Resource } from './resource';
import { isMap, isScalar, type YScalar } from './types';

export const DISRUPTION_BUDGET_TYPE = 'PodDisruptionBudget';
/** policy/v1beta1 is not served since v1.25, before every version the product targets. */
export const DISRUPTION_BUDGET_API_VERSION = 'policy/v1';

/** `minAvailable` or `maxUnavailable` when it is a valid number or percentage, with its node. */
export interface BudgetAmount extends IntOrPercent {
  readonly node: YScalar;
}

export interface DisruptionBudget {
  readonly resource: Resource;
  readonly namespace: string;
  /** Undefined when the selector is unset or malformed: a policy/v1 budget then guards no pod. */
  readonly selector: LabelSelector | undefined;
  readonly minAvailable: BudgetAmount | undefined;
  readonly maxUnavailable: BudgetAmount | undefined;
}

function amountAt(resource: Resource, path: string): BudgetAmount | undefined {
  const node = getPath(resource.root, path);
  if (!isScalar(node)) return undefined;
  const amount = toIntOrPercent(node.value);
  return amount ? { ...amount, node } : undefined;
}

/** The budget a resource is, when it is a policy/v1 PodDisruptionBudget. */
export function toDisruptionBudget(resource: Resource): DisruptionBudget | undefined {
  if (resource.type !== DISRUPTION_BUDGET_TYPE || resource.apiVersion?.value !== DISRUPTION_BUDGET_API_VERSION) return undefined;
  const selectorNode = getKey(getKey(resource.root, 'spec'), 'selector');
  const wellFormed = isMap(selectorNode) && selectorIsWellFormed(selectorNode);
  return {
    resource,
    namespace: resource.namespace,
    selector: wellFormed ? toLabelSelector(selectorNode) : undefined,
    minAvailable: amountAt(resource, 'spec.minAvailable'),
    maxUnavailable: amountAt(resource, 'spec.maxUnavailable'),
  };
}

/** Whether the budget guards pods with these labels in this namespace (an empty selector guards all of them). */
export function budgetSelects(budget: DisruptionBudget, namespace: string, labels: ReadonlyMap<string, string>): boolean {
  return budget.namespace === namespace && budget.selector !== undefined && selectorMatches(budget.selector, labels);
}

/**
 * getExpectedPodCount's `desiredHealthy` for `expectedPods` pods: with maxUnavailable, the pods less
 * the unavailable ones allowed; with minAvailable, the number asked for. Percentages round up.
 */
export function desiredHealthy(budget: DisruptionBudget, expectedPods: number): number {
  if (budget.maxUnavailable) return Math.max(0, expectedPods - scaledValue(budget.maxUnavailable, expectedPods, true));
  if (budget.minAvailable) return scaledValue(budget.minAvailable, expectedPods, true);
  return 0;
}

/** `status.disruptionsAllowed` (updatePdbStatus) when `healthyPods` of `expectedPods` are healthy. */
export function disruptionsAllowed(budget: DisruptionBudget, healthyPods: number, expectedPods: number): number {
  return Math.max(0, healthyPods - desiredHealthy(budget, expectedPods));
}
