import { getKey, getSeq } from '../model/access';
import { forbidden, invalid, missingRange, required, type FieldProblem } from '../model/fieldProblem';
import { labelKeyProblems } from '../model/labelSyntax';
import { dns1123LabelProblem } from '../model/names';
import { POD_SPEC_PATH, podSpecOf } from '../model/podSpec';
import { isMap, isScalar, isSeq, type YMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

const PATH = `${POD_SPEC_PATH}.affinity`;
const REQUIRED = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREFERRED = 'preferredDuringSchedulingIgnoredDuringExecution';

export default defineRule({
  id: 'pod-affinity-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Pod template affinity: node affinity needs at least one `nodeSelectorTerms` entry, requirements with an operator `In`, `NotIn`, `Exists`, `DoesNotExist`, `Gt` or `Lt` (values for `In`/`NotIn`, none for `Exists`/`DoesNotExist`, exactly one for `Gt`/`Lt`) and label-key syntax; preferred terms a `weight` from 1 to 100; pod (anti-)affinity terms a `topologyKey` and valid namespace names. (Label selectors are selector-invalid\'s.) Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Spell operators exactly, give `In`/`NotIn` their values, use weights from 1 to 100, and set `topologyKey` (for one pod per node, `kubernetes.io/hostname`).',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#affinity-and-anti-affinity',
    },
    source: 'validateAffinity',
  },
  messages: problemMessages('invalid', 'required', 'forbidden'),
  check(ctx) {
    const affinity = getKey(podSpecOf(ctx.resource), 'affinity');
    if (!isMap(affinity)) return;
    reportProblems(ctx, nodeAffinityProblems(getKey(affinity, 'nodeAffinity'), `${PATH}.nodeAffinity`));
    for (const kind of ['podAffinity', 'podAntiAffinity']) reportProblems(ctx, podAffinityProblems(getKey(affinity, kind), `${PATH}.${kind}`));
  },
});

type AffinityProblem = FieldProblem<'invalid' | 'required' | 'forbidden'>;

function nodeAffinityProblems(node: YNode | undefined, path: string): AffinityProblem[] {
  if (!isMap(node)) return [];
  const out: AffinityProblem[] = [];
  const selector = getKey(node, REQUIRED);
  if (isMap(selector)) {
    const terms = getKey(selector, 'nodeSelectorTerms');
    const termsPath = `${path}.${REQUIRED}.nodeSelectorTerms`;
    if (!isSeq(terms) || terms.items.length === 0) out.push(required(termsPath, missingRange(selector, terms), 'must have at least one node selector term'));
    else terms.items.forEach((term, i) => out.push(...termProblems(term, `${termsPath}[${i}]`)));
  }
  getSeq(node, PREFERRED)?.items.forEach((item, i) => {
    if (!isMap(item)) return;
    out.push(...weightProblems(item, `${path}.${PREFERRED}[${i}]`), ...termProblems(getKey(item, 'preference'), `${path}.${PREFERRED}[${i}].preference`));
  });
  return out;
}

/** ValidateNodeSelectorTerm: each `matchExpressions` requirement. */
function termProblems(term: YNode | undefined, path: string): AffinityProblem[] {
  const out: AffinityProblem[] = [];
  getSeq(term, 'matchExpressions')?.items.forEach((item, i) => {
    if (isMap(item)) out.push(...requirementProblems(item, `${path}.matchExpressions[${i}]`));
  });
  return out;
}

/** ValidateNodeSelectorRequirement: the operator decides how many values, the key is a label name. */
function requirementProblems(item: YMap, path: string): AffinityProblem[] {
  const out: AffinityProblem[] = [];
  const operator = getKey(item, 'operator');
  const values = getKey(item, 'values');
  const count = isSeq(values) ? values.items.length : 0;
  const op = isScalar(operator) ? String(operator.value ?? '') : undefined;
  const at = missingRange(item, values ?? operator);
  if ((op === 'In' || op === 'NotIn') && count === 0) out.push(required(`${path}.values`, at, "must be specified when `operator` is 'In' or 'NotIn'"));
  else if ((op === 'Exists' || op === 'DoesNotExist') && count > 0) out.push(forbidden(`${path}.values`, at, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
  else if ((op === 'Gt' || op === 'Lt') && count !== 1) out.push(required(`${path}.values`, at, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
  else if (op !== undefined && !['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'].includes(op)) {
    out.push(invalid(`${path}.operator`, isScalar(operator) && operator.value !== null ? operator.range : missingRange(item, operator), op, 'not a valid selector operator'));
  }
  const key = getKey(item, 'key');
  if (isScalar(key) && typeof key.value === 'string') out.push(...labelKeyProblems(key.value).map((d) => invalid(`${path}.key`, key.range, key.value, d)));
  return out;
}

/** validatePreferredSchedulingTerms, validateWeightedPodAffinityTerms. */
function weightProblems(item: YMap, path: string): AffinityProblem[] {
  const weight = getKey(item, 'weight');
  const value = weight === undefined || (isScalar(weight) && weight.value === null) ? 0 : isScalar(weight) ? weight.value : undefined;
  if (typeof value !== 'number' || (value >= 1 && value <= 100)) return [];
  const range = isScalar(weight) && weight.value !== null ? weight.range : missingRange(item, weight);
  return [invalid(`${path}.weight`, range, value, 'must be in the range 1-100')];
}

function podAffinityProblems(node: YNode | undefined, path: string): AffinityProblem[] {
  if (!isMap(node)) return [];
  const out: AffinityProblem[] = [];
  getSeq(node, REQUIRED)?.items.forEach((term, i) => {
    if (isMap(term)) out.push(...podTermProblems(term, `${path}.${REQUIRED}[${i}]`));
  });
  getSeq(node, PREFERRED)?.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const term = getKey(item, 'podAffinityTerm');
    out.push(...weightProblems(item, `${path}.${PREFERRED}[${i}]`));
    if (isMap(term)) out.push(...podTermProblems(term, `${path}.${PREFERRED}[${i}].podAffinityTerm`));
  });
  return out;
}

/** validatePodAffinityTerm: namespaces are namespace names, topologyKey is required and a label name. */
function podTermProblems(term: YMap, path: string): AffinityProblem[] {
  const out: AffinityProblem[] = [];
  for (const namespace of getSeq(term, 'namespaces')?.items ?? []) {
    if (!isScalar(namespace) || typeof namespace.value !== 'string') continue;
    const problem = dns1123LabelProblem(namespace.value);
    // Upstream prints `namespace`, without the s and the index.
    if (problem) out.push(invalid(`${path}.namespace`, namespace.range, namespace.value, problem));
  }
  const key = getKey(term, 'topologyKey');
  if (key !== undefined && !(isScalar(key) && (key.value === null || typeof key.value === 'string'))) return out;
  const text = isScalar(key) && typeof key.value === 'string' ? key.value : '';
  const range = isScalar(key) && key.value !== null && key.value !== '' ? key.range : missingRange(term, key);
  if (text === '') out.push(required(`${path}.topologyKey`, range, 'can not be empty'));
  return out.concat(labelKeyProblems(text).map((d) => invalid(`${path}.topologyKey`, range, text, d)));
}
