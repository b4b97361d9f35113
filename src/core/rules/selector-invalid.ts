import { getKey, getPath, getSeq } from '../model/access';
import { labelSelectorProblems, type SelectorProblem } from '../model/labelSyntax';
import type { Resource } from '../model/resource';
import { isMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

export default defineRule({
  id: 'selector-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A label selector (`spec.selector`, a claim template\'s `spec.selector`, a topology spread constraint\'s or a pod (anti-)affinity term\'s `labelSelector`) must be well formed: label syntax in `matchLabels` keys and values, and in `matchExpressions` an operator `In`, `NotIn`, `Exists` or `DoesNotExist` (case-sensitive), `values` for `In`/`NotIn` and none for `Exists`/`DoesNotExist`. The apiserver rejects the StatefulSet otherwise; a malformed `spec.selector` is not compared with the template labels at all.',
      remediation:
        'Fix the operator\'s spelling, add `values` to `In`/`NotIn` requirements and remove them from `Exists`/`DoesNotExist` ones, and use valid label keys and values.',
      url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements',
    },
    source: 'ValidateLabelSelector',
  },
  messages: { ...problemMessages('invalid', 'required', 'forbidden'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    reportProblems(ctx, selectorProblemsOf(ctx.resource));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (operator) => ctx.t('fix.spelling', operator));
  },
});

const AFFINITIES = ['podAffinity', 'podAntiAffinity'] as const;

/** Every label selector of the StatefulSet the apiserver validates with ValidateLabelSelector. */
function selectorProblemsOf(resource: Resource): SelectorProblem[] {
  const { root } = resource;
  const out = labelSelectorProblems(getPath(root, 'spec.selector'), 'spec.selector');
  getSeq(root, 'spec.volumeClaimTemplates')?.items.forEach((item, i) => {
    out.push(...labelSelectorProblems(getKey(getKey(item, 'spec'), 'selector'), `spec.volumeClaimTemplates[${i}].spec.selector`));
  });
  const pod = 'spec.template.spec';
  getSeq(root, `${pod}.topologySpreadConstraints`)?.items.forEach((item, i) => {
    out.push(...labelSelectorProblems(getKey(item, 'labelSelector'), `${pod}.topologySpreadConstraints[${i}].labelSelector`));
  });
  for (const kind of AFFINITIES) out.push(...affinityProblems(getPath(root, `${pod}.affinity.${kind}`), `${pod}.affinity.${kind}`));
  return out;
}

/** validatePodAffinity: required terms and the podAffinityTerm of preferred ones. */
function affinityProblems(node: YNode | undefined, path: string): SelectorProblem[] {
  if (!isMap(node)) return [];
  const out: SelectorProblem[] = [];
  const required = 'requiredDuringSchedulingIgnoredDuringExecution';
  const preferred = 'preferredDuringSchedulingIgnoredDuringExecution';
  getSeq(node, required)?.items.forEach((term, i) => {
    out.push(...labelSelectorProblems(getKey(term, 'labelSelector'), `${path}.${required}[${i}].labelSelector`));
  });
  getSeq(node, preferred)?.items.forEach((term, i) => {
    const selector = getKey(getKey(term, 'podAffinityTerm'), 'labelSelector');
    out.push(...labelSelectorProblems(selector, `${path}.${preferred}[${i}].podAffinityTerm.labelSelector`));
  });
  return out;
}
