import { getKey, getSeq } from '../model/access';
import { invalid, missingRange, unsupported, type FieldProblem } from '../model/fieldProblem';
import { labelKeyProblems, labelValueProblems } from '../model/labelSyntax';
import { POD_SPEC_PATH } from '../model/podSpec';
import { isMap, isScalar, type Range, type YMap } from '../model/types';
import { TAINT_EFFECTS, TOLERATION_OPERATORS } from '../model/enums';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

export default defineRule({
  id: 'pod-toleration-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Pod tolerations: `operator` is `Equal` (the default) or `Exists`, and `Exists` takes no `value`; an empty `key` needs `operator: Exists` (tolerate everything); `effect` is `NoSchedule`, `PreferNoSchedule` or `NoExecute`, and `tolerationSeconds` needs `NoExecute`; keys and values follow label syntax. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Remove `value` from `Exists` tolerations, add `operator: Exists` to key-less ones, spell the effect exactly, and use `tolerationSeconds` only with `effect: NoExecute`.',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/',
    },
    source: 'ValidateTolerations',
  },
  messages: { ...problemMessages('invalid', 'unsupported'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    getSeq(ctx.resource.root, `${POD_SPEC_PATH}.tolerations`)?.items.forEach((item, index) => {
      if (isMap(item)) reportProblems(ctx, tolerationProblems(item, `${POD_SPEC_PATH}.tolerations[${index}]`));
    });
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

type TolerationProblem = FieldProblem<'invalid' | 'unsupported'>;

/** A string field: its text ('' when unset or null) and where to point; undefined for another type. */
function text(item: YMap, key: string): { value: string; range: Range } | undefined {
  const node = getKey(item, key);
  if (node === undefined || (isScalar(node) && node.value === null)) return { value: '', range: missingRange(item, node) };
  return isScalar(node) && typeof node.value === 'string' ? { value: node.value, range: node.range } : undefined;
}

function tolerationProblems(item: YMap, path: string): TolerationProblem[] {
  const [key, operator, value, effect] = ['key', 'operator', 'value', 'effect'].map((k) => text(item, k));
  if (!key || !operator || !value || !effect) return []; // a wrong type: the schema check's business
  const out: TolerationProblem[] = [];
  if (key.value !== '') out.push(...labelKeyProblems(key.value).map((d) => invalid(`${path}.key`, key.range, key.value, d)));
  if (key.value === '' && operator.value !== 'Exists') {
    out.push(invalid(`${path}.operator`, operator.range, operator.value, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
  }
  const seconds = getKey(item, 'tolerationSeconds');
  if (seconds !== undefined && !(isScalar(seconds) && seconds.value === null) && effect.value !== 'NoExecute') {
    out.push(invalid(`${path}.effect`, effect.value === '' ? (seconds.keyRange ?? seconds.range) : effect.range, effect.value, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
  }
  if (operator.value === '' || operator.value === 'Equal') {
    // Upstream prints value problems at `.operator`.
    out.push(...labelValueProblems(value.value).map((d) => invalid(`${path}.operator`, value.range, value.value, d)));
  } else if (operator.value === 'Exists') {
    if (value.value !== '') out.push(invalid(`${path}.operator`, value.range, value.value, "value must be empty when `operator` is 'Exists'"));
  } else {
    out.push(unsupported(`${path}.operator`, operator.range, operator.value, TOLERATION_OPERATORS));
  }
  if (effect.value !== '' && !TAINT_EFFECTS.includes(effect.value)) out.push(unsupported(`${path}.effect`, effect.range, effect.value, TAINT_EFFECTS));
  return out;
}
