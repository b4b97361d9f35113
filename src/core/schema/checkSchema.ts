// Checks a resource's located tree against the generated Kubernetes schema, as the API server's
// strict decoding and validation would: unknown fields, wrong types, values outside an enum and
// missing required fields. Whatever Kubernetes accepts gets no finding:
//   - `null` (or `key:` alone) means unset and is accepted everywhere;
//   - int-or-string fields take whole numbers and strings, quantities take numbers and strings;
//   - free-form fields (`any`) and an object's `status` are not looked into.
// Aliased nodes are shared (the tree is a DAG), so every (node, type) pair is checked once and the
// walk stops after a node budget: an alias bomb costs what its text costs.
import { en, t, type MessageKey } from '../l10n/messages';
import type { YMap, YNode } from '../model/types';
import type { Finding } from '../rules/types';
import { closestName } from './closestName';
import { loadSchema } from './loadSchema';
import { isQuantityString } from './quantity';
import {
  fieldType, isArray, isEnum, isMapOf, isRef, ownValue, schemaType,
  type FieldType, type K8sSchema, type ObjectType, type PrimitiveType,
} from './schemaTypes';

export const DEFAULT_NODE_BUDGET = 100_000;

export interface SchemaCheckOptions {
  readonly schema?: K8sSchema;
  /**
   * For a target between two APIs (loadNewerSchema): the next newer API, and the target. A field
   * only that API has is a warning that names both versions, not an unknown field.
   */
  readonly newer?: { readonly schema: K8sSchema; readonly target: string };
  /** Nodes visited before the walk stops descending. */
  readonly nodeBudget?: number;
}

/**
 * Fields the OpenAPI marks required only because their Go field has no `omitempty`, while
 * validation accepts the zero value (an omitted field decodes to it): type → fields.
 */
const ZERO_VALUE_ACCEPTED: Readonly<Record<string, readonly string[]>> = {
  HTTPHeader: ['value'],
  Sysctl: ['value'],
  SleepAction: ['seconds'],
  ISCSIVolumeSource: ['lun'],
  PreferredSchedulingTerm: ['preference'],
};

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** What a value should have been, as a message key (`schema.type.*`). */
type Expected = Extract<MessageKey, `schema.type.${string}`>;

const EXPECTED: Record<Exclude<PrimitiveType, 'any'>, Expected> = {
  string: 'schema.type.string',
  integer: 'schema.type.integer',
  int32: 'schema.type.integer',
  number: 'schema.type.number',
  boolean: 'schema.type.boolean',
  'int-or-string': 'schema.type.intOrString',
  quantity: 'schema.type.quantity',
};

/**
 * Where a node sits, as a chain to its parent: the field path (`spec.ports[0].port`) is spelled out
 * only for a finding, not for each of the thousands of nodes a clean manifest has.
 */
interface Place {
  readonly parent: Place | undefined;
  readonly key: string | number | undefined;
  /** An optional field whose empty string Kubernetes defaults (not a list item, not required). */
  readonly emptyMeansUnset: boolean;
}

const ROOT: Place = { parent: undefined, key: undefined, emptyMeansUnset: false };

function pathOf(place: Place): string {
  const chain: Place[] = [];
  for (let at: Place | undefined = place; at?.parent; at = at.parent) chain.push(at);
  let path = '';
  for (let i = chain.length - 1; i >= 0; i--) {
    const key = chain[i].key!;
    path = typeof key === 'number' ? `${path}[${key}]` : join(path, key);
  }
  return path;
}

/**
 * Checks `root` as a `typeName` (a key of schema.types); findings carry `ruleId`. Never throws: a
 * crash of the walk (a bug, or a malformed schema) keeps what was found so far and is reported as a
 * finding of its own, so a check that stopped early never looks like a clean manifest.
 */
export function checkSchema(root: YNode, typeName: string, ruleId: string, options: SchemaCheckOptions = {}): Finding[] {
  const walker = new SchemaWalker(options.schema ?? loadSchema(), ruleId, options.nodeBudget ?? DEFAULT_NODE_BUDGET, options.newer);
  try {
    walker.walk(root, { ref: typeName }, ROOT);
  } catch (error) {
    walker.reportCrash(root, error);
  }
  return walker.findings;
}

class SchemaWalker {
  readonly findings: Finding[] = [];
  readonly #schema: K8sSchema;
  readonly #ruleId: string;
  #budget: number;
  /** The first type each node was checked as; a node reached again through an alias as another type goes to #visitedAgain. */
  readonly #visited = new Map<YNode, FieldType>();
  readonly #visitedAgain = new Map<YNode, Set<FieldType>>();
  readonly #newer: SchemaCheckOptions['newer'];

  constructor(schema: K8sSchema, ruleId: string, budget: number, newer: SchemaCheckOptions['newer']) {
    this.#schema = schema;
    this.#ruleId = ruleId;
    this.#budget = budget;
    this.#newer = newer;
  }

  walk(node: YNode, type: FieldType, place: Place): void {
    if (node.kind === 'scalar' && node.value === null) return;
    if (type === 'any' || !this.#firstVisit(node, type)) return;
    if (isRef(type)) this.#object(node, type.ref, place);
    else if (isArray(type)) this.#array(node, type.array, place);
    else if (isMapOf(type)) this.#map(node, type.map, place);
    else if (isEnum(type)) this.#enum(node, type.enum, place);
    else this.#primitive(node, type, place);
  }

  // Without aliases every node is reached once: a Set per node was a visible part of the check's profile.
  #firstVisit(node: YNode, type: FieldType): boolean {
    if (this.#budget <= 0) return false;
    const first = this.#visited.get(node);
    if (first === undefined) this.#visited.set(node, type);
    else if (first === type) return false;
    else {
      let others = this.#visitedAgain.get(node);
      if (!others) this.#visitedAgain.set(node, (others = new Set()));
      if (others.has(type)) return false;
      others.add(type);
    }
    this.#budget--;
    return true;
  }

  #object(node: YNode, typeName: string, place: Place): void {
    const type = schemaType(this.#schema, typeName);
    if (!type) return;
    if (node.kind !== 'map') return this.#wrongType(node, 'schema.type.object', place);
    const suggested = new Set<string>();
    for (const pair of node.pairs) {
      const valueType = fieldType(type, pair.key);
      if (valueType === undefined && this.#inNewerApi(typeName, pair.key)) {
        const { schema, target } = this.#newer!;
        const path = join(pathOf(place), pair.key);
        const message = t('schema.unknownFieldBetween', path, this.#schema.kubernetesVersion, target, schema.kubernetesVersion);
        this.findings.push({ ruleId: this.#ruleId, range: pair.keyRange, path, message, severity: 'warning' });
      } else if (valueType === undefined) {
        const path = join(pathOf(place), pair.key);
        const suggestion = closestName(pair.key, Object.keys(type.properties));
        if (suggestion) suggested.add(suggestion);
        const message = suggestion ? t('schema.unknownField.didYouMean', path, suggestion) : t('schema.unknownField', path);
        this.#report(pair.keyRange, path, message, suggestion ? { suggestion } : undefined);
      } else if (this.#newerEnumAccepts(typeName, pair.key, valueType, pair.value)) {
        const { schema, target } = this.#newer!;
        const path = join(pathOf(place), pair.key);
        const value = JSON.stringify(pair.value.kind === 'scalar' ? pair.value.value : '');
        const message = t('schema.unsupportedValueBetween', path, value, this.#schema.kubernetesVersion, target, schema.kubernetesVersion);
        this.findings.push({ ruleId: this.#ruleId, range: pair.value.range, path, message, severity: 'warning' });
      } else if (!(pair.key === 'status' && fieldType(type, 'metadata'))) {
        const required = type.required?.includes(pair.key) ?? false;
        this.walk(pair.value, valueType, { parent: place, key: pair.key, emptyMeansUnset: !required });
      }
    }
    this.#checkRequired(node, typeName, type, place, suggested);
  }

  /** An enum value the target's API lacks and the next newer API has (`operator: Gt` for 1.35). */
  #newerEnumAccepts(typeName: string, field: string, type: FieldType, node: YNode): boolean {
    if (!this.#newer || !isEnum(type) || node.kind !== 'scalar' || typeof node.value !== 'string' || type.enum.includes(node.value)) return false;
    const newerType = schemaType(this.#newer.schema, typeName);
    const newerField = newerType && fieldType(newerType, field);
    return newerField !== undefined && isEnum(newerField) && newerField.enum.includes(node.value);
  }

  #inNewerApi(typeName: string, field: string): boolean {
    const type = this.#newer && schemaType(this.#newer.schema, typeName);
    return type !== undefined && fieldType(type, field) !== undefined;
  }

  /** `suggested`: fields an unknown key was probably meant to be; that finding already says so. */
  #checkRequired(node: YMap, typeName: string, type: ObjectType, place: Place, suggested: ReadonlySet<string>): void {
    if (!type.required?.length) return;
    const present = new Set([...node.pairs.map((p) => p.key), ...suggested]);
    const exempt = ownValue(ZERO_VALUE_ACCEPTED, typeName) ?? [];
    for (const name of type.required ?? []) {
      if (present.has(name) || exempt.includes(name)) continue;
      const path = join(pathOf(place), name);
      this.#report(requiredAnchor(node), path, t('schema.required', path), { missing: name });
    }
  }

  #array(node: YNode, items: FieldType, place: Place): void {
    if (node.kind !== 'seq') return this.#wrongType(node, 'schema.type.list', place);
    node.items.forEach((item, index) => this.walk(item, items, { parent: place, key: index, emptyMeansUnset: false }));
  }

  #map(node: YNode, values: FieldType, place: Place): void {
    if (node.kind !== 'map') return this.#wrongType(node, 'schema.type.object', place);
    for (const pair of node.pairs) this.walk(pair.value, values, { parent: place, key: pair.key, emptyMeansUnset: false });
  }

  #enum(node: YNode, values: readonly string[], place: Place): void {
    if (node.kind !== 'scalar' || typeof node.value !== 'string') return this.#wrongType(node, 'schema.type.string', place);
    const value = node.value;
    if (values.includes(value) || (value === '' && place.emptyMeansUnset)) return;
    const supported = values.filter((v) => v !== '').map((v) => JSON.stringify(v)).join(', ');
    const path = pathOf(place);
    this.#report(node.range, path, t('schema.unsupportedValue', path, JSON.stringify(value), supported), {
      supported: values,
    });
  }

  #primitive(node: YNode, type: Exclude<PrimitiveType, 'any'>, place: Place): void {
    if (!isValidPrimitive(node, type)) return this.#wrongType(node, EXPECTED[type], place);
    if (type === 'int32' && node.kind === 'scalar' && typeof node.value === 'number' && (node.value < INT32_MIN || node.value > INT32_MAX)) {
      this.#report(node.range, pathOf(place), t('schema.int32Range', pathOf(place), node.value));
    } else if (type === 'quantity' && node.kind === 'scalar' && typeof node.value === 'string' && !isQuantityString(node.value)) {
      this.#report(node.range, pathOf(place), t('schema.notQuantity', pathOf(place), JSON.stringify(node.value)));
    }
  }

  #wrongType(node: YNode, expected: Expected, place: Place): void {
    const range = node.kind === 'scalar' || !node.keyRange ? node.range : node.keyRange;
    // `data.expected` stays English: it is data for code, not text for the user.
    const path = pathOf(place);
    this.#report(range, path, t('schema.expectedType', path, t(expected), describeValue(node)), { expected: en[expected] });
  }

  reportCrash(root: YNode, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const range = root.kind === 'scalar' || !root.keyRange ? root.range : root.keyRange;
    this.findings.push({ ruleId: this.#ruleId, range, path: '', message: t('schema.walkFailed', reason), severity: 'warning' });
  }

  #report(range: Finding['range'], path: string, message: string, data?: Record<string, unknown>): void {
    this.findings.push(data ? { ruleId: this.#ruleId, range, path, message, data } : { ruleId: this.#ruleId, range, path, message });
  }
}

function isValidPrimitive(node: YNode, type: Exclude<PrimitiveType, 'any'>): boolean {
  if (node.kind !== 'scalar') return false;
  const value = node.value;
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'number': return isNumber;
    case 'integer':
    case 'int32': return isNumber && Number.isInteger(value);
    case 'int-or-string': return typeof value === 'string' || (isNumber && Number.isInteger(value));
    case 'quantity': return typeof value === 'string' || isNumber;
  }
}

function describeValue(node: YNode): string {
  if (node.kind === 'map') return t('schema.type.object');
  if (node.kind === 'seq') return t('schema.type.list');
  const value = node.value;
  if (typeof value === 'string') return t('schema.value.string', JSON.stringify(value));
  if (typeof value === 'number') return t('schema.value.number', String(value));
  if (typeof value === 'boolean') return t('schema.value.boolean', String(value));
  return `${typeof value} ${String(value)}`;
}

/** Where a missing field is reported: the key of the object that lacks it, or its first key. */
function requiredAnchor(node: YMap): Finding['range'] {
  if (typeof node.key === 'string' && node.keyRange) return node.keyRange;
  return node.pairs[0]?.keyRange ?? node.range;
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
