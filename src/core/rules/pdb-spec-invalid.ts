import { getKey, getMap, isSet } from '../model/access';
import { toDisruptionBudget } from '../model/disruptionBudget';
import { invalid, unsupported, type FieldProblem } from '../model/fieldProblem';
import { intOrPercentProblem } from '../model/intOrPercent';
import { labelSelectorProblems } from '../model/labelSyntax';
import { isScalar, type YMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

const EVICTION_POLICIES = ['AlwaysAllow', 'IfHealthyBudget'];

type BudgetProblem = FieldProblem<'invalid' | 'unsupported' | 'required' | 'forbidden'>;

export default defineRule({
  id: 'pdb-spec-invalid',
  meta: {
    severity: 'error', appliesTo: ['PodDisruptionBudget'], scope: 'document',
    docs: {
      summary:
        'A policy/v1 PodDisruptionBudget sets at most one of `minAvailable` and `maxUnavailable`, each a number of pods ≥ 0 or a percentage from `0%` to `100%` (a quoted `"50"` without `%` is refused); its `selector` follows label selector syntax, and `unhealthyPodEvictionPolicy` is `IfHealthyBudget` or `AlwaysAllow`.',
      remediation: 'Keep one of `minAvailable` and `maxUnavailable`; write a whole number without quotes, or a quoted percentage such as `"50%"`.',
      url: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/#specifying-a-poddisruptionbudget',
    },
    source: 'ValidatePodDisruptionBudgetSpec',
  },
  messages: { ...problemMessages('invalid', 'unsupported', 'required', 'forbidden'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    const spec = getMap(ctx.resource.root, 'spec');
    if (spec && toDisruptionBudget(ctx.resource)) reportProblems(ctx, budgetSpecProblems(spec));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** ValidatePodDisruptionBudgetSpec, in its order. */
function budgetSpecProblems(spec: YMap): BudgetProblem[] {
  const out: BudgetProblem[] = [];
  const [min, max] = [getKey(spec, 'minAvailable'), getKey(spec, 'maxUnavailable')];
  if (isSet(min) && isSet(max)) {
    // Upstream prints the whole spec as the value; the two fields are what matters in it.
    const shown = `{minAvailable: ${shownAmount(min!)}, maxUnavailable: ${shownAmount(max!)}}`;
    out.push({ kind: 'invalid', path: 'spec', range: max!.keyRange ?? max!.range, args: [shown, 'minAvailable and maxUnavailable cannot be both set'] });
  }
  out.push(...amountProblems(min, 'spec.minAvailable'), ...amountProblems(max, 'spec.maxUnavailable'));
  out.push(...labelSelectorProblems(getKey(spec, 'selector'), 'spec.selector'));
  const policy = getKey(spec, 'unhealthyPodEvictionPolicy');
  if (isScalar(policy) && typeof policy.value === 'string' && !EVICTION_POLICIES.includes(policy.value)) {
    out.push(unsupported('spec.unhealthyPodEvictionPolicy', policy.range, policy.value, EVICTION_POLICIES));
  }
  return out;
}

function shownAmount(node: YNode): string {
  return isScalar(node) ? (typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value)) : '…';
}

/** ValidatePositiveIntOrPercent (which allows 0) and IsNotMoreThan100Percent. */
function amountProblems(node: YNode | undefined, path: string): BudgetProblem[] {
  if (!isScalar(node) || (typeof node.value !== 'number' && typeof node.value !== 'string')) return [];
  const problem = intOrPercentProblem(node.value);
  return problem ? [invalid(path, node.range, node.value, problem)] : [];
}
