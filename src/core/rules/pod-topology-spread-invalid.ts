import { getKey, getSeq } from '../model/access';
import { duplicate, invalid, missingRange, required, unsupported, type FieldProblem } from '../model/fieldProblem';
import { labelKeyProblems } from '../model/labelSyntax';
import { POD_SPEC_PATH } from '../model/podSpec';
import { isMap, isScalar, type YMap } from '../model/types';
import { UNSATISFIABLE_ACTIONS } from '../model/enums';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

const PATH = `${POD_SPEC_PATH}.topologySpreadConstraints`;

export default defineRule({
  id: 'pod-topology-spread-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Each topology spread constraint needs `maxSkew` greater than zero, a `topologyKey` in label-key syntax and `whenUnsatisfiable` `DoNotSchedule` or `ScheduleAnyway`; no two constraints share `topologyKey` and `whenUnsatisfiable`; `minDomains` is positive and only allowed with `DoNotSchedule`. (Its `labelSelector` is selector-invalid\'s.) Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Set `maxSkew: 1`, a node label as `topologyKey` (`topology.kubernetes.io/zone`, `kubernetes.io/hostname`) and `whenUnsatisfiable: DoNotSchedule` or `ScheduleAnyway`; merge duplicated constraints.',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/',
    },
    source: 'validateTopologySpreadConstraints',
  },
  messages: { ...problemMessages('invalid', 'required', 'unsupported', 'duplicate'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    const items = getSeq(ctx.resource.root, PATH)?.items ?? [];
    const later = new Set<string>();
    // Walked from the end, so "a later constraint repeats this one" (ValidateSpreadConstraintNotRepeat) stays linear.
    const problems: SpreadProblem[][] = [];
    for (let index = items.length - 1; index >= 0; index--) {
      const item = items[index];
      if (isMap(item)) problems[index] = constraintProblems(item, `${PATH}[${index}]`, later);
    }
    for (const list of problems) if (list) reportProblems(ctx, list);
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

type SpreadProblem = FieldProblem<'invalid' | 'required' | 'unsupported' | 'duplicate'>;

function stringOf(item: YMap, key: string): string | undefined {
  const node = getKey(item, key);
  if (node === undefined || (isScalar(node) && node.value === null)) return '';
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function constraintProblems(item: YMap, path: string, later: Set<string>): SpreadProblem[] {
  const out: SpreadProblem[] = [];
  const at = (key: string) => { const node = getKey(item, key); return node && !(isScalar(node) && node.value === null) ? node.range : missingRange(item, node); };
  const skew = getKey(item, 'maxSkew');
  const skewValue = skew === undefined || (isScalar(skew) && skew.value === null) ? 0 : isScalar(skew) ? skew.value : undefined;
  if (typeof skewValue === 'number' && skewValue <= 0) out.push(invalid(`${path}.maxSkew`, at('maxSkew'), skewValue, 'must be greater than zero'));
  const key = stringOf(item, 'topologyKey');
  if (key === '') out.push(required(`${path}.topologyKey`, at('topologyKey'), 'can not be empty'));
  else if (key !== undefined) {
    const problem = labelKeyProblems(key)[0]; // ValidateTopologyKey keeps the first error only
    if (problem) out.push(invalid(`${path}.topologyKey`, at('topologyKey'), key, problem));
  }
  const action = stringOf(item, 'whenUnsatisfiable');
  if (action !== undefined && !UNSATISFIABLE_ACTIONS.includes(action)) out.push(unsupported(`${path}.whenUnsatisfiable`, at('whenUnsatisfiable'), action, UNSATISFIABLE_ACTIONS));
  if (key !== undefined && action !== undefined) {
    const tuple = `{${key}, ${action}}`;
    if (later.has(tuple)) out.push(duplicate(`${path}.{topologyKey, whenUnsatisfiable}`, missingRange(item, undefined), tuple));
    later.add(tuple);
  }
  out.push(...minDomainsProblems(item, path, action));
  return out;
}

/** validateMinDomains: positive, and only with DoNotSchedule. */
function minDomainsProblems(item: YMap, path: string, action: string | undefined): SpreadProblem[] {
  const node = getKey(item, 'minDomains');
  if (!isScalar(node) || typeof node.value !== 'number') return [];
  const out: SpreadProblem[] = [];
  if (node.value <= 0) out.push(invalid(`${path}.minDomains`, node.range, node.value, 'must be greater than zero'));
  if (action !== undefined && action !== 'DoNotSchedule') {
    out.push(invalid(`${path}.minDomains`, node.range, node.value, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`));
  }
  return out;
}
