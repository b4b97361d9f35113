// Field and type descriptions per targeted Kubernetes minor, for hovers, completion and `explain`.
// docs.json holds the newest API's (loadSchema.ts `loadDocs`); each older kubernetes-models release
// is stored as the descriptions that differ from it (scripts/k8s-versions.mjs `diffDocs`), applied
// the first time a target needs them and then kept. A target uses the API its schema comes from.
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from '../model/kubernetesVersion';
import { loadDocs, schemaApiFor } from './loadSchema';
import type { K8sDocs, SchemaMeta, TypeDocs } from './schemaTypes';

interface DocsDiff extends SchemaMeta {
  /** A type's description and the properties whose text differs (`null`: the older API lacks it); `null` for a type it lacks. */
  readonly types: Readonly<Record<string, { readonly description?: string; readonly properties: Readonly<Record<string, string | null>> } | null>>;
}

/** Literal requires, so the bundler sees each file; each runs only when called. */
const OLDER_DOCS: Readonly<Record<string, () => DocsDiff>> = {
  '1.33': () => require('./generated/docs-1.33.delta.json') as DocsDiff,
  '1.27': () => require('./generated/docs-1.27.delta.json') as DocsDiff,
};

const built = new Map<string, K8sDocs>();

/** The descriptions of the API `version` is checked against (the newest when none is given). */
export function loadDocsFor(version: KubernetesVersion = DEFAULT_KUBERNETES_VERSION): K8sDocs {
  const newest = loadDocs();
  const api = schemaApiFor(version);
  const diff = OLDER_DOCS[api];
  if (api === newest.kubernetesVersion || !diff) return newest;
  let docs = built.get(api);
  if (!docs) built.set(api, (docs = applyDocsDiff(newest, diff())));
  return docs;
}

/** The older descriptions from the newest and a diff: per type, the diff's texts replace or (null) remove the newest's. */
export function applyDocsDiff(base: K8sDocs, diff: DocsDiff): K8sDocs {
  const types: Record<string, TypeDocs> = { ...base.types };
  for (const [name, change] of Object.entries(diff.types)) {
    const own = Object.hasOwn(base.types, name) ? base.types[name] : undefined;
    if (change === null) delete types[name];
    else if (!own) types[name] = { description: change.description ?? '', properties: withoutNulls(change.properties) };
    else types[name] = { description: change.description ?? own.description, properties: withoutNulls({ ...own.properties, ...change.properties }) };
  }
  return { kubernetesVersion: diff.kubernetesVersion, source: diff.source, types };
}

function withoutNulls(properties: Readonly<Record<string, string | null>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [prop, text] of Object.entries(properties)) if (text !== null) out[prop] = text;
  return out;
}
