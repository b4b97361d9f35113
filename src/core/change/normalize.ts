// Decoded values as the apiserver compares them on update (apiequality.Semantic.DeepEqual, after
// the defaults of SetDefaults_StatefulSet and SetDefaults_PersistentVolumeClaimSpec): comments, key
// order, quoting and flow style are gone already (toPlainValue); here null and empty lists count as
// unset (the forked reflect.DeepEqual treats nil and empty slices and maps alike), quantities
// compare by value, and the defaults listed in docs/change-model.md §3 are filled in.
import type { Resource } from '../model/resource';
import { toPlainValue } from '../parse/toPlainValue';
import { canonicalJson, isObject } from '../simulate/spec';
import { canonicalQuantity } from './quantityValue';

/** Keys whose value is a Go map (empty = unset); other empty objects are structs and stay. */
const MAP_KEYS = new Set(['labels', 'annotations', 'matchLabels', 'requests', 'limits', 'nodeSelector']);
/** Maps of resource.Quantity values. */
const QUANTITY_MAPS = new Set(['requests', 'limits', 'capacity']);

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** `value` with unset fields dropped and quantities made comparable; `key` is the key holding it. */
export function normalizeValue(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => normalizeValue(item));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const normal = QUANTITY_MAPS.has(key ?? '') ? (canonicalQuantity(v) ?? v) : normalizeValue(v, k);
    if (isEmpty(normal) || (MAP_KEYS.has(k) && isObject(normal) && Object.keys(normal).length === 0)) continue;
    out[k] = normal;
  }
  return out;
}

/** SetDefaults_PersistentVolumeClaimSpec: `volumeMode` Filesystem. */
function defaultClaimTemplate(template: unknown): unknown {
  if (!isObject(template)) return template;
  const spec = isObject(template.spec) ? template.spec : {};
  return { ...template, spec: { volumeMode: 'Filesystem', ...spec } };
}

/** A StatefulSet spec with SetDefaults_StatefulSet's defaults of the fields that cannot change. */
export function defaultStatefulSetSpec(spec: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = isObject(spec) ? { ...spec } : {};
  if (out.podManagementPolicy === undefined || out.podManagementPolicy === '') out.podManagementPolicy = 'OrderedReady';
  if (out.serviceName === '') delete out.serviceName;
  if (Array.isArray(out.volumeClaimTemplates)) out.volumeClaimTemplates = out.volumeClaimTemplates.map(defaultClaimTemplate);
  return out;
}

export interface ValueChange {
  /** Kubernetes field path, `spec.volumeClaimTemplates[0].spec.resources.requests.storage`. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

function childPath(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

/** The smallest differing places between two normalised values (lists of another length differ whole). */
export function diffValues(before: unknown, after: unknown, path: string, out: ValueChange[] = []): ValueChange[] {
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, i) => diffValues(item, after[i], childPath(path, i), out));
  } else if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of [...keys].sort()) diffValues(before[key], after[key], childPath(path, key), out);
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path, before, after });
  }
  return out;
}

/**
 * A resource's decoded, normalised value as one string: equal for two versions that differ only in
 * comments, key order, quoting or defaults (no change); undefined when it cannot be decoded.
 */
export function contentKey(resource: Resource): string | undefined {
  try {
    return canonicalJson(normalizeValue(toPlainValue(resource.root)));
  } catch {
    return undefined; // too many aliases to expand: the parse checks say so
  }
}
