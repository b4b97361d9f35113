// The shape of the generated schema (generated/schema.json, schema-<minor>.diff.json, docs.json), written by
// scripts/gen-k8s-schema.mjs from the npm package kubernetes-models.

/**
 * `integer` is an int64, `int32` an int32 (both whole numbers); `int-or-string` takes a whole number
 * or a string; `quantity` a string (`500m`, `1Gi`) or a number; `any` is free-form and not checked.
 */
export type PrimitiveType = 'string' | 'integer' | 'int32' | 'number' | 'boolean' | 'int-or-string' | 'quantity' | 'any';

export type FieldType =
  | PrimitiveType
  | { readonly ref: string }
  | { readonly array: FieldType }
  | { readonly map: FieldType }
  | { readonly enum: readonly string[] };

export interface ObjectType {
  readonly properties: Readonly<Record<string, FieldType>>;
  readonly required?: readonly string[];
}

export interface SchemaMeta {
  /** The Kubernetes release the package was generated from, `1.35`. */
  readonly kubernetesVersion: string;
  /** Package name → version the schema was generated from. */
  readonly source: Readonly<Record<string, string>>;
}

export interface SchemaRoot {
  readonly apiVersion: string;
  /** Name of the root's type in `types`. */
  readonly type: string;
}

export interface K8sSchema extends SchemaMeta {
  /** Per kind (`StatefulSet`, `Service`): the apiVersion the schema describes and its type. */
  readonly roots: Readonly<Record<string, SchemaRoot>>;
  readonly types: Readonly<Record<string, ObjectType>>;
}

/**
 * An older API as the generator writes it (schema-<minor>.diff.json): each type that differs from
 * the newest schema, whole, or null where the older API lacks it.
 */
export interface SchemaDiff extends SchemaMeta {
  readonly roots: K8sSchema['roots'];
  readonly types: Readonly<Record<string, ObjectType | null>>;
}

export interface TypeDocs {
  readonly description: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface K8sDocs extends SchemaMeta {
  readonly types: Readonly<Record<string, TypeDocs>>;
}

/**
 * `record[key]` when `key` is the record's own property. Keys come from the user's YAML (`toString`,
 * `constructor`, `__proto__`), and a plain index would hand back what Object.prototype inherits.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The object type of that name, or undefined. */
export function schemaType(schema: K8sSchema, name: string): ObjectType | undefined {
  return ownValue(schema.types, name);
}

// The schema walker asks this for every field of every checked object: a Map per type answers
// faster than the JSON object's own-property test, which was the walk's largest single cost.
const fieldTables = new WeakMap<ObjectType, ReadonlyMap<string, FieldType>>();

/** The type of field `name` of an object type; undefined when the type has no such field. */
export function fieldType(type: ObjectType, name: string): FieldType | undefined {
  let table = fieldTables.get(type);
  // Object.entries lists own properties only, as ownValue reads them.
  if (!table) fieldTables.set(type, (table = new Map(Object.entries(type.properties))));
  return table.get(name);
}

export function isRef(type: FieldType): type is { readonly ref: string } {
  return typeof type === 'object' && 'ref' in type;
}
export function isArray(type: FieldType): type is { readonly array: FieldType } {
  return typeof type === 'object' && 'array' in type;
}
export function isMapOf(type: FieldType): type is { readonly map: FieldType } {
  return typeof type === 'object' && 'map' in type;
}
export function isEnum(type: FieldType): type is { readonly enum: readonly string[] } {
  return typeof type === 'object' && 'enum' in type;
}
