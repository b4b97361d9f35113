// The generated Kubernetes schema (structure only). Descriptions live in docs.json and are loaded
// on demand by docs/fieldDocs.ts, so the checker never pays for them.
import schemaJson from './generated/schema.json';
import type { K8sDocs, K8sSchema } from './schemaTypes';

const schema = schemaJson as unknown as K8sSchema;

export function loadSchema(): K8sSchema {
  return schema;
}

let docs: K8sDocs | undefined;

/** Field and type descriptions (about 200 KB), read the first time they are asked for. */
export function loadDocs(): K8sDocs {
  docs ??= require('./generated/docs.json') as K8sDocs;
  return docs;
}
