// The generated Kubernetes schema (structure only), per targeted Kubernetes minor. Descriptions live
// in docs.json and are loaded on demand by docs/fieldDocs.ts, so the checker never pays for them.
//
// schema.json is the newest API; each older kubernetes-models release is a diff against it
// (scripts/k8s-versions.mjs), read and applied the first time a target needs it, then kept. A
// target minor uses the newest release at or below it (docs/validation.md §11).
import { DEFAULT_KUBERNETES_VERSION, minorOf, type KubernetesVersion } from '../model/kubernetesVersion';
import schemaJson from './generated/schema.json';
import type { K8sDocs, K8sSchema, SchemaDiff } from './schemaTypes';

const newest = schemaJson as unknown as K8sSchema;

/**
 * The older APIs the generator writes (MODEL_PACKAGES in scripts/k8s-versions.mjs), by the minor of
 * their release. Literal requires, so the bundler sees each file; each runs only when called.
 */
const OLDER_SCHEMAS: Readonly<Record<string, () => SchemaDiff>> = {
  '1.33': () => require('./generated/schema-1.33.diff.json') as SchemaDiff,
  '1.27': () => require('./generated/schema-1.27.diff.json') as SchemaDiff,
};

const built = new Map<string, K8sSchema>([[newest.kubernetesVersion, newest]]);

/** The schema checks against `version` (the newest when none is given); built once per API. */
export function loadSchema(version: KubernetesVersion = DEFAULT_KUBERNETES_VERSION): K8sSchema {
  return forTarget(version).schema;
}

/**
 * Both answers per target, worked out once: the schema rule asks for every resource of every
 * check, and sorting the APIs by minor each time was a visible part of a full check.
 */
const byTarget = new Map<KubernetesVersion, { readonly schema: K8sSchema; readonly newer: K8sSchema | undefined }>();

function forTarget(version: KubernetesVersion): { readonly schema: K8sSchema; readonly newer: K8sSchema | undefined } {
  let answer = byTarget.get(version);
  if (!answer) byTarget.set(version, (answer = { schema: loadApi(schemaApiFor(version)), newer: newerSchemaOf(version) }));
  return answer;
}

/**
 * For a target between two releases (1.31, checked against the 1.27 API): the next newer API. A
 * field only that one has was added somewhere in between, so the target may or may not have it.
 * Undefined when the target has an API of its own.
 */
export function loadNewerSchema(version: KubernetesVersion): K8sSchema | undefined {
  return forTarget(version).newer;
}

function newerSchemaOf(version: KubernetesVersion): K8sSchema | undefined {
  const newer = apisNewestFirst().filter((api) => minorOf(api) > minorOf(version));
  return minorOf(schemaApiFor(version)) === minorOf(version) || newer.length === 0 ? undefined : loadApi(newer[newer.length - 1]);
}

/** The Kubernetes API whose schema a target minor is checked against: the newest at or below it. */
export function schemaApiFor(version: KubernetesVersion): string {
  const apis = apisNewestFirst();
  return apis.find((api) => minorOf(api) <= minorOf(version)) ?? apis[apis.length - 1];
}

function apisNewestFirst(): string[] {
  return [newest.kubernetesVersion, ...Object.keys(OLDER_SCHEMAS)].sort((a, b) => minorOf(b) - minorOf(a));
}

function loadApi(api: string): K8sSchema {
  let schema = built.get(api);
  if (!schema) built.set(api, (schema = applySchemaDiff(newest, OLDER_SCHEMAS[api]())));
  return schema;
}

/** The older schema from the newest and a diff: the diff's types replace or (null) remove the newest's. */
export function applySchemaDiff(base: K8sSchema, diff: SchemaDiff): K8sSchema {
  const types = { ...base.types };
  for (const [name, type] of Object.entries(diff.types)) {
    if (type === null) delete types[name];
    else types[name] = type;
  }
  return { kubernetesVersion: diff.kubernetesVersion, source: diff.source, roots: diff.roots, types };
}

let docs: K8sDocs | undefined;

/** Field and type descriptions of the newest API (about 200 KB), read the first time they are asked for. */
export function loadDocs(): K8sDocs {
  docs ??= require('./generated/docs.json') as K8sDocs;
  return docs;
}
