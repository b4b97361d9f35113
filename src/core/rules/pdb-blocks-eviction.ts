// A budget the apiserver accepts but that refuses every voluntary eviction of a StatefulSet's pods:
// the disruption controller's desiredHealthy (getExpectedPodCount) is at least the pods there are,
// so status.disruptionsAllowed stays 0 and the eviction API answers 429 for each of them.
// docs/validation.md §10.
import { budgetSelects, desiredHealthy, toDisruptionBudget, type BudgetAmount, type DisruptionBudget } from '../model/disruptionBudget';
import { pathOf } from '../model/access';
import type { Resource } from '../model/resource';
import type { ResourceIndex } from '../model/resourceIndex';
import { effectiveReplicas, startOrdinal, templateLabels } from '../model/statefulSet';
import { defineRule, type Translate } from './defineRule';
import { replacementFix } from './problemReport';
import { readsStatefulSetsOfNamespace } from './crossFileReads';

/** At most this many pod names in the message. */
const NAMED_PODS = 3;

export default defineRule({
  id: 'pdb-blocks-eviction',
  meta: {
    severity: 'warning', appliesTo: ['PodDisruptionBudget'], scope: 'workspace', dependsOn: readsStatefulSetsOfNamespace,
    docs: {
      summary:
        'A PodDisruptionBudget that selects a StatefulSet\'s pods (same namespace, selector matching the template labels) with `minAvailable` at least the replicas (a percentage rounds up: 90% of 3 is 3) or `maxUnavailable: 0` (or `0%`) allows no voluntary disruption at all. The apiserver accepts it, but every eviction is refused, so `kubectl drain`, cluster autoscaler scale-downs and node upgrades wait forever on the set\'s pods.',
      remediation:
        'Allow one pod to go at a time: `maxUnavailable: 1`, or `minAvailable` one less than the replicas (a quorum-based store such as etcd or ZooKeeper with 3 members keeps 2). A single-replica set cannot be both protected and drained: run more replicas, or accept the pause.',
      url: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/#think-about-how-your-application-reacts-to-disruptions',
    },
    source: 'getExpectedPodCount',
  },
  messages: {
    message: '{0} {1}: {2} of the {3} pods of StatefulSet {4} must stay available, so every voluntary eviction is refused and `kubectl drain` waits forever for {5}; {6}',
    suggestBoth: 'set maxUnavailable: 1 or minAvailable: {0}',
    suggestMax: 'set maxUnavailable: 1',
    suggestSingle: 'a single replica cannot be both protected and drained: run 2 or more replicas, or set maxUnavailable: 1 and accept the pause',
    related: 'StatefulSet {0}: {1} replicas, selected by this budget',
    'fix.allowOne': 'Change to {0}, allowing one pod to be evicted at a time',
  },
  check(ctx) {
    const budget = toDisruptionBudget(ctx.resource);
    // Both set is refused by the apiserver (pdb-spec-invalid); neither asks for nothing.
    const amount = budget && !(budget.minAvailable && budget.maxUnavailable) ? (budget.maxUnavailable ?? budget.minAvailable) : undefined;
    if (!budget || !amount) return;
    const sets = selectedStatefulSets(budget, ctx.index);
    const replicas = sets.reduce((sum, sts) => sum + effectiveReplicas(sts), 0);
    const desired = desiredHealthy(budget, replicas);
    if (replicas <= 0 || desired < replicas) return;
    const path = pathOf(amount.node);
    const suggestion = suggestionOf(ctx.t, budget, replicas);
    const fixValue = fixValueOf(budget, amount, replicas);
    ctx.report({
      range: amount.node.range, path, messageId: 'message',
      args: [path, shownAmount(amount), desired, replicas, sets.map((s) => s.name?.value ?? '').join(', '), podNames(sets), suggestion],
      related: sets.map((sts) => ({ resource: sts, range: (sts.name ?? sts.kind).range, message: ctx.t('related', sts.name?.value ?? '', effectiveReplicas(sts)) })),
      ...(fixValue ? { data: { suggestion: fixValue } } : {}),
    });
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.allowOne', value));
  },
});

interface LabelledSet {
  readonly sts: Resource;
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * The workspace's StatefulSets by namespace with their template labels, once per index: every
 * budget asks, and a repository has many of both (scanning and reading labels per budget made this
 * rule a visible part of a full check).
 */
const setsByNamespace = new WeakMap<ResourceIndex, Map<string, LabelledSet[]>>();

function statefulSetsIn(index: ResourceIndex, namespace: string): readonly LabelledSet[] {
  let byNamespace = setsByNamespace.get(index);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const sts of index.ofKind('StatefulSet')) {
      const list = byNamespace.get(sts.namespace) ?? [];
      list.push({ sts, labels: templateLabels(sts) });
      byNamespace.set(sts.namespace, list);
    }
    setsByNamespace.set(index, byNamespace);
  }
  return byNamespace.get(namespace) ?? [];
}

/** The StatefulSets whose pods the budget guards: same namespace, template labels selected. */
function selectedStatefulSets(budget: DisruptionBudget, index: ResourceIndex): Resource[] {
  return statefulSetsIn(index, budget.namespace)
    .filter(({ sts, labels }) => budgetSelects(budget, sts.namespace, labels))
    .map(({ sts }) => sts);
}

function shownAmount(amount: BudgetAmount): string {
  return amount.percent ? JSON.stringify(`${amount.value}%`) : String(amount.value);
}

/** `web-0, web-1, web-2` (and `…` past three names). */
function podNames(sets: readonly Resource[]): string {
  const names: string[] = [];
  for (const sts of sets) {
    const start = startOrdinal(sts);
    for (let i = 0; i < effectiveReplicas(sts) && names.length <= NAMED_PODS; i++) names.push(`${sts.name?.value ?? ''}-${start + i}`);
  }
  return names.length > NAMED_PODS ? `${names.slice(0, NAMED_PODS).join(', ')}, …` : names.join(', ');
}

function suggestionOf(t: Translate<'suggestBoth' | 'suggestMax' | 'suggestSingle'>, budget: DisruptionBudget, replicas: number): string {
  if (replicas === 1) return t('suggestSingle');
  return budget.maxUnavailable ? t('suggestMax') : t('suggestBoth', replicas - 1);
}

/** The value the fix writes in place: 1 for maxUnavailable, replicas - 1 for a numeric minAvailable; plain scalars only (a quoted "1" is no number). */
function fixValueOf(budget: DisruptionBudget, amount: BudgetAmount, replicas: number): string | undefined {
  if (replicas < 2 || amount.node.style !== 'plain') return undefined;
  if (budget.maxUnavailable) return '1';
  return amount.percent ? undefined : String(replicas - 1);
}
