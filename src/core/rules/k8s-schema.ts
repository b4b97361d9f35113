import type { SCHEMA_RULE_ID } from '../check';
import { checkSchema } from '../schema/checkSchema';
import { loadSchema } from '../schema/loadSchema';
import { ruleDocs, type Rule } from './types';

// Checks every field of an apps/v1 StatefulSet and a v1 Service against the Kubernetes API schema
// (generated from kubernetes-models). Other apiVersions are left to the rules about them.

// The engine (check.ts) knows this id to drop schema findings another rule already reports. Tied to
// it by type only: a value import would be a require cycle (check → rules/index → this file).
const ID: typeof SCHEMA_RULE_ID = 'k8s-schema';
export const k8sSchema: Rule = {
  id: ID,
  appliesTo: ['StatefulSet', 'Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('k8s-schema', 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation'),
  check({ resource }) {
    const schema = loadSchema();
    const root = schema.roots[resource.type];
    if (!root || resource.apiVersion?.value !== root.apiVersion) return [];
    return checkSchema(resource.root, root.type, this.id, { schema });
  },
};
