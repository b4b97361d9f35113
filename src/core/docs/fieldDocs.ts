// Field documentation for hovers and `statefulset-studio explain`, from the generated Kubernetes
// schema (structure) and the descriptions of the same API (schema/loadDocs.ts, loaded on first use).
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from '../model/kubernetesVersion';
import { loadDocsFor } from '../schema/loadDocs';
import { loadSchema } from '../schema/loadSchema';
import { fieldType, isArray, isEnum, isMapOf, isRef, ownValue, schemaType, type FieldType, type K8sDocs, type K8sSchema } from '../schema/schemaTypes';

export type DocumentedKind = 'StatefulSet' | 'Service';

export interface FieldDoc {
  /** The path asked for, without list indices: `spec.template.spec.containers.image`. */
  readonly path: string;
  /** As `kubectl explain` writes it: `integer`, `[]Container`, `map[string]string`, `Object`. */
  readonly type: string;
  readonly description: string;
  readonly enum?: readonly string[];
  /** Whether the schema marks the field required (absent for the resource itself). */
  readonly required?: boolean;
  /** The API the schema was generated from (`1.33`): the target's own, or the nearest older one. */
  readonly kubernetesVersion: string;
  /** The minor asked for (the setting, `--kube-version`). */
  readonly targetVersion: KubernetesVersion;
}

interface Resolved {
  readonly type: FieldType;
  /** The object type and property the description comes from; undefined for the resource itself. */
  readonly owner?: { readonly typeName: string; readonly prop: string };
}

/**
 * Describes the field at `path` of a `kind` (`spec.replicas`, `spec.template.spec.containers[0].image`,
 * `metadata.labels.app`; an empty path is the resource itself) in the API of `version`. Undefined
 * when no such field exists there. Descriptions are that API's too.
 */
export function describeField(kind: DocumentedKind, path: string, version: KubernetesVersion = DEFAULT_KUBERNETES_VERSION): FieldDoc | undefined {
  const schema = loadSchema(version);
  const root = ownValue(schema.roots, kind);
  if (!root) return undefined;
  const segments = toSegments(path);
  if (!segments) return undefined;
  const resolved = resolvePath(schema, root.type, segments);
  if (!resolved) return undefined;
  const docs = loadDocsFor(version);
  const { type, owner } = resolved;
  const own = owner ? propertyDescription(docs, owner.typeName, owner.prop) : undefined;
  const target = innermost(type);
  const typeDescription = isRef(target) ? ownValue(docs.types, target.ref)?.description : undefined;
  return {
    path: segments.join('.'),
    type: humanType(type),
    description: own || typeDescription || '',
    ...(isEnum(target) ? { enum: target.enum } : {}),
    ...(owner ? { required: schemaType(schema, owner.typeName)?.required?.includes(owner.prop) ?? false } : {}),
    kubernetesVersion: schema.kubernetesVersion,
    targetVersion: version,
  };
}

function propertyDescription(docs: K8sDocs, typeName: string, prop: string): string | undefined {
  const typeDocs = ownValue(docs.types, typeName);
  return typeDocs ? ownValue(typeDocs.properties, prop) : undefined;
}

/** `a.b[0].c` → ['a', 'b', 'c']; undefined for a malformed path. */
function toSegments(path: string): string[] | undefined {
  const trimmed = path.trim().replace(/\[\d*\]/g, '');
  if (trimmed === '') return [];
  const segments = trimmed.split('.');
  return segments.every((s) => s.length > 0) ? segments : undefined;
}

function resolvePath(schema: K8sSchema, rootType: string, segments: readonly string[]): Resolved | undefined {
  let current: Resolved = { type: { ref: rootType } };
  for (const segment of segments) {
    let type = current.type;
    while (isArray(type)) type = type.array;
    if (isMapOf(type)) {
      current = { type: type.map, owner: current.owner }; // a key of a map: described by the map field
    } else if (isRef(type)) {
      const objectType = schemaType(schema, type.ref);
      const segmentType = objectType && fieldType(objectType, segment);
      if (segmentType === undefined) return undefined;
      current = { type: segmentType, owner: { typeName: type.ref, prop: segment } };
    } else {
      return undefined;
    }
  }
  return current;
}

function innermost(type: FieldType): FieldType {
  let current = type;
  while (isArray(current) || isMapOf(current)) current = isArray(current) ? current.array : current.map;
  return current;
}

/** Type names as `kubectl explain` shows them; inline object types are plain `Object`. */
export function humanType(type: FieldType): string {
  if (isArray(type)) return `[]${humanType(type.array)}`;
  if (isMapOf(type)) return `map[string]${humanType(type.map)}`;
  if (isRef(type)) return type.ref.includes('.') ? 'Object' : type.ref;
  if (isEnum(type)) return 'string';
  switch (type) {
    case 'int32':
    case 'integer': return 'integer';
    case 'int-or-string': return 'IntOrString';
    case 'quantity': return 'Quantity';
    case 'any': return 'Object';
    default: return type;
  }
}

export interface ChildField {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
}

/** The fields of the object at `path` (through lists and maps) in the API of `version`, sorted by name; empty for scalars. */
export function childFields(kind: DocumentedKind, path: string, version: KubernetesVersion = DEFAULT_KUBERNETES_VERSION): ChildField[] {
  const schema = loadSchema(version);
  const root = ownValue(schema.roots, kind);
  const segments = toSegments(path);
  if (!root || !segments) return [];
  const resolved = resolvePath(schema, root.type, segments);
  if (!resolved) return [];
  const target = innermost(resolved.type);
  if (!isRef(target)) return [];
  const type = schemaType(schema, target.ref);
  if (!type) return [];
  return Object.keys(type.properties)
    .sort()
    .map((name) => ({ name, type: humanType(type.properties[name]), required: type.required?.includes(name) ?? false }));
}
