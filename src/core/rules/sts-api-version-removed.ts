import { defineRule } from './defineRule';

// Kubernetes stopped serving these group versions for StatefulSet in v1.16.
const REMOVED = new Set(['apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1']);

export default defineRule({
  id: 'sts-api-version-removed',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary: 'The StatefulSet uses an apiVersion that Kubernetes no longer serves (apps/v1beta1 and apps/v1beta2 were removed in v1.16).',
      remediation: 'Use `apiVersion: apps/v1`. In apps/v1 `spec.selector` is required and must match the template labels.',
      url: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#v1-16',
    },
  },
  messages: {
    message: 'apiVersion "{0}" is no longer served for StatefulSet (removed in Kubernetes v1.16): use "apps/v1"',
    'fix.apiVersion': 'Change apiVersion to apps/v1',
  },
  check(ctx) {
    const { resource } = ctx;
    const apiVersion = resource.apiVersion;
    if (!apiVersion || !REMOVED.has(apiVersion.value)) return;
    return ctx.report({
      range: apiVersion.range,
      path: 'apiVersion',
      messageId: 'message', args: [apiVersion.value],
      data: { replacement: 'apps/v1' },
    });
  },
  fixes(finding, ctx) {
    const { resource } = ctx;
    return [
      {
        title: ctx.t('fix.apiVersion'),
        isPreferred: true,
        edits: [{ uri: resource.uri, range: shiftBy(finding.range, resource.doc.offset), newText: 'apps/v1' }],
      },
    ];
  },
});

function shiftBy(range: { start: number; end: number }, offset: number) {
  return { start: range.start + offset, end: range.end + offset };
}
