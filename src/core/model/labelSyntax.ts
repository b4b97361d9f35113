// Label keys, label values, label maps and label selectors as the apiserver validates them:
// IsQualifiedName and IsValidLabelValue (k8s.io/apimachinery/pkg/util/validation), ValidateLabels,
// ValidateLabelSelector and ValidateLabelSelectorRequirement (apimachinery meta/v1/validation).
// Values of the wrong type are skipped: the schema check reports them.
import { getKey } from './access';
import { forbidden, invalid, missingRange, required, type FieldProblem } from './fieldProblem';
import { dns1123SubdomainProblem } from './names';
import { isMap, isScalar, isSeq, type YMap, type YNode } from './types';
import { detached } from '../text/detached';

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_MAX = 63;
const NAME_FORMAT =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";
const VALUE_FORMAT =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')";

// The common case in one test, so that checking the labels of a large manifest stays cheap: a
// valid key is an optional DNS subdomain and `/`, then a name (lengths are checked apart).
const VALID_KEY = /^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const PREFIX_MAX = 253;

// A manifest repeats a few label keys and values on every resource (`app.kubernetes.io/name`):
// each text is tested once. Only valid texts are remembered, and only so many, each detached from
// the file it was read from (text/detached.ts).
const knownValidKeys = new Set<string>();
const knownValidValues = new Set<string>();
const MAX_REMEMBERED = 4096;

function remember(known: Set<string>, text: string): true {
  if (known.size < MAX_REMEMBERED) known.add(detached(text));
  return true;
}

function isValidKey(key: string): boolean {
  if (knownValidKeys.has(key)) return true;
  if (key.length > PREFIX_MAX + 1 + LABEL_MAX || !VALID_KEY.test(key)) return false;
  const slash = key.indexOf('/');
  return slash <= PREFIX_MAX && key.length - slash - 1 <= LABEL_MAX && remember(knownValidKeys, key);
}

function isValidValue(value: string): boolean {
  if (value === '' || knownValidValues.has(value)) return true;
  return value.length <= LABEL_MAX && LABEL_NAME.test(value) && remember(knownValidValues, value);
}

/** Why a label key (a "qualified name": `[prefix/]name`) is invalid, one reason per entry (IsQualifiedName). */
export function labelKeyProblems(key: string): string[] {
  if (isValidKey(key)) return [];
  const parts = key.split('/');
  if (parts.length > 2) {
    return [`a qualified name ${NAME_FORMAT} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  const errors: string[] = [];
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    const problem = prefix === '' ? 'must be non-empty' : dns1123SubdomainProblem(prefix);
    if (problem) errors.push(`prefix part ${problem}`);
  }
  if (name === '') errors.push('name part must be non-empty');
  else if (name.length > LABEL_MAX) errors.push(`name part must be no more than ${LABEL_MAX} characters`);
  // Upstream tests the format even after a length error; the length bound keeps the regex cheap.
  if (name.length <= 4 * LABEL_MAX && !LABEL_NAME.test(name)) errors.push(`name part ${NAME_FORMAT}`);
  return errors;
}

/** Why a label value is invalid (IsValidLabelValue); the empty string is a valid value. */
export function labelValueProblems(value: string): string[] {
  if (isValidValue(value)) return [];
  const errors: string[] = [];
  if (value.length > LABEL_MAX) errors.push(`must be no more than ${LABEL_MAX} characters`);
  if (value !== '' && value.length <= 4 * LABEL_MAX && !LABEL_NAME.test(value)) errors.push(VALUE_FORMAT);
  return errors;
}

/** ValidateLabels: every error carries the map's own path, as upstream prints it. */
export function labelMapProblems(node: YNode | undefined, path: string): FieldProblem<'invalid'>[] {
  if (!isMap(node)) return [];
  const out: FieldProblem<'invalid'>[] = [];
  for (const pair of node.pairs) {
    for (const detail of labelKeyProblems(pair.key)) out.push(invalid(path, pair.keyRange, pair.key, detail));
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== 'string') continue; // a number or a map: the schema's business
    for (const detail of labelValueProblems(value.value)) out.push(invalid(path, value.range, value.value, detail));
  }
  return out;
}

export type SelectorProblem = FieldProblem<'invalid' | 'required' | 'forbidden'>;

/** ValidateLabelSelector with label values checked strictly, as StatefulSets and Pods have them checked. */
export function labelSelectorProblems(node: YNode | undefined, path: string): SelectorProblem[] {
  if (!isMap(node)) return [];
  const out: SelectorProblem[] = labelMapProblems(getKey(node, 'matchLabels'), `${path}.matchLabels`);
  const expressions = getKey(node, 'matchExpressions');
  if (!isSeq(expressions)) return out;
  expressions.items.forEach((item, index) => {
    if (isMap(item)) out.push(...requirementProblems(item, `${path}.matchExpressions[${index}]`));
  });
  return out;
}

/** Whether LabelSelectorAsSelector accepts the selector: only then is it compared with the template. */
export function selectorIsWellFormed(node: YNode | undefined): boolean {
  return labelSelectorProblems(node, '').length === 0;
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
const VALUES_REQUIRED = "must be specified when `operator` is 'In' or 'NotIn'";
const VALUES_FORBIDDEN = "may not be specified when `operator` is 'Exists' or 'DoesNotExist'";

/** ValidateLabelSelectorRequirement: the operator and its values, the key, each value. */
function requirementProblems(item: YMap, path: string): SelectorProblem[] {
  const out: SelectorProblem[] = [];
  const operator = getKey(item, 'operator');
  const values = getKey(item, 'values');
  const valueItems = isSeq(values) ? values.items : [];
  const op = isScalar(operator) ? (operator.value ?? '') : undefined;
  if (op === 'In' || op === 'NotIn') {
    if (valueItems.length === 0) out.push(required(`${path}.values`, missingRange(item, values ?? operator), VALUES_REQUIRED));
  } else if (op === 'Exists' || op === 'DoesNotExist') {
    if (valueItems.length > 0) out.push(forbidden(`${path}.values`, values!.keyRange ?? values!.range, VALUES_FORBIDDEN));
  } else if (op !== undefined) {
    const range = isScalar(operator) && operator.value !== null ? operator.range : missingRange(item, operator);
    const problem = invalid(`${path}.operator`, range, String(op), 'not a valid selector operator');
    const suggestion = OPERATORS.find((o) => o.toLowerCase() === String(op).toLowerCase());
    out.push(suggestion ? { ...problem, data: { suggestion } } : problem);
  } else if (operator === undefined) {
    out.push(invalid(`${path}.operator`, missingRange(item, undefined), '', 'not a valid selector operator'));
  }
  out.push(...keyProblems(item, `${path}.key`));
  valueItems.forEach((value, index) => {
    if (!isScalar(value) || typeof value.value !== 'string') return;
    for (const detail of labelValueProblems(value.value)) out.push(invalid(`${path}.values[${index}]`, value.range, value.value, detail));
  });
  return out;
}

/** The requirement's key as ValidateLabelName sees it: a missing key is the empty string. */
function keyProblems(item: YMap, path: string): SelectorProblem[] {
  const key = getKey(item, 'key');
  if (key !== undefined && !(isScalar(key) && (key.value === null || typeof key.value === 'string'))) return [];
  const text = isScalar(key) && typeof key.value === 'string' ? key.value : '';
  const range = isScalar(key) && key.value !== null ? key.range : missingRange(item, key);
  return labelKeyProblems(text).map((detail) => invalid(path, range, text, detail));
}
