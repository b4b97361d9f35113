import { SCHEMA_RULE_ID } from '../engineIds';
import { getKey } from '../model/access';
import { checkSchema } from '../schema/checkSchema';
import { loadNewerSchema, loadSchema } from '../schema/loadSchema';
import { defineRule } from './defineRule';

// Checks every field of an apps/v1 StatefulSet and a v1 Service against the Kubernetes API schema
// of the targeted minor (generated from kubernetes-models, docs/validation.md §11). Other
// apiVersions are left to the rules about them.

// The engine (check.ts) knows this id to drop schema findings another rule already reports.
export default defineRule({
  id: SCHEMA_RULE_ID,
  meta: {
    severity: 'error', appliesTo: ['StatefulSet', 'Service'], scope: 'document',
    docs: {
      summary:
        'A field is not in the Kubernetes API schema, has the wrong type, holds a value outside its allowed set, or a required field is missing. The API server rejects such a manifest (`kubectl apply` uses strict field validation by default).',
      remediation:
        'Fix the spelling or indentation of unknown fields (a field at the wrong level is unknown there), quote values that must be strings (label values such as "true" or "1.0"), and use one of the supported values. `kubectl explain <kind>.<field>` shows the schema.',
      url: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
    },
  },
  // The schema walker words its findings itself (l10n `schema.*`, shared with hover and completion).
  messages: { schema: '{0}' },
  check(ctx) {
    const { resource } = ctx;
    const schema = loadSchema(ctx.kubernetesVersion);
    const root = schema.roots[resource.type];
    if (!root || resource.apiVersion?.value !== root.apiVersion) return;
    const newerSchema = loadNewerSchema(ctx.kubernetesVersion);
    const newer = newerSchema && { schema: newerSchema, target: ctx.kubernetesVersion };
    // A typed list's item without kind and apiVersion gets the list's (docs/yaml-decoding.md §8).
    const inherited = getKey(resource.root, 'kind') === undefined;
    for (const finding of checkSchema(resource.root, root.type, SCHEMA_RULE_ID, newer ? { schema, newer } : { schema })) {
      const { range, path, message, data, severity } = finding;
      if (inherited && (path === 'kind' || path === 'apiVersion')) continue;
      ctx.report({ range, path, messageId: 'schema', args: [message], data, ...(severity ? { severity } : {}) });
    }
  },
});
