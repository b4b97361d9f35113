import { getKey, getSeq, isSet } from '../model/access';
import { forbidden, invalid, type FieldProblem } from '../model/fieldProblem';
import { labelKeyProblems } from '../model/labelSyntax';
import { POD_SPEC_PATH } from '../model/podSpec';
import { isMap, isScalar, isSeq, type YMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

const PATH = `${POD_SPEC_PATH}.topologySpreadConstraints`;

type KeyProblem = FieldProblem<'invalid' | 'forbidden'>;

export default defineRule({
  id: 'pod-topology-spread-label-keys-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A topology spread constraint\'s `matchLabelKeys` without a `labelSelector`, with a key that is no valid label key, or with a key the `labelSelector` already uses (in `matchLabels` or `matchExpressions`). Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation (`FailedCreate`).',
      remediation: 'Add a `labelSelector` that selects the pods, and list in `matchLabelKeys` only keys it does not use (typically `controller-revision-hash` or `apps.kubernetes.io/pod-index`).',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/#topology-spread-constraint-definition',
    },
    source: 'validateMatchLabelKeysInTopologySpread',
  },
  messages: problemMessages('invalid', 'forbidden'),
  check(ctx) {
    const items = getSeq(ctx.resource.root, PATH)?.items ?? [];
    items.forEach((item, index) => {
      const keys = isMap(item) ? getKey(item, 'matchLabelKeys') : undefined;
      if (isMap(item) && isSeq(keys) && keys.items.length > 0) reportProblems(ctx, keyProblems(item, keys.items, `${PATH}[${index}].matchLabelKeys`));
    });
  },
});

function keyProblems(constraint: YMap, keys: readonly YNode[], path: string): KeyProblem[] {
  const selector = getKey(constraint, 'labelSelector');
  const out: KeyProblem[] = [];
  const matchLabelKeys = getKey(constraint, 'matchLabelKeys');
  if (!isSet(selector)) out.push(forbidden(path, matchLabelKeys?.keyRange ?? constraint.range, 'must not be specified when labelSelector is not set'));
  const used = selectorKeys(selector);
  keys.forEach((node, index) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const at = `${path}[${index}]`;
    for (const problem of labelKeyProblems(node.value)) out.push(invalid(at, node.range, node.value, problem));
    if (used.has(node.value)) out.push(invalid(at, node.range, node.value, 'exists in both matchLabelKeys and labelSelector'));
  });
  return out;
}

/** The keys of `matchLabels` and of `matchExpressions`. */
function selectorKeys(selector: YNode | undefined): Set<string> {
  const keys = new Set<string>();
  if (!isMap(selector)) return keys;
  const labels = getKey(selector, 'matchLabels');
  if (isMap(labels)) for (const pair of labels.pairs) keys.add(pair.key);
  const expressions = getKey(selector, 'matchExpressions');
  for (const expression of isSeq(expressions) ? expressions.items : []) {
    const key = getKey(expression, 'key');
    if (isScalar(key) && typeof key.value === 'string') keys.add(key.value);
  }
  return keys;
}
