import { t } from '../l10n/messages';
import { ruleDocs, type Rule } from './types';

// Kubernetes stopped serving these group versions for StatefulSet in v1.16.
const REMOVED = new Set(['apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1']);

export const stsApiVersionRemoved: Rule = {
  id: 'sts-api-version-removed',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-api-version-removed', 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#v1-16'),
  check({ resource }) {
    const apiVersion = resource.apiVersion;
    if (!apiVersion || !REMOVED.has(apiVersion.value)) return [];
    return [
      {
        ruleId: this.id,
        range: apiVersion.range,
        path: 'apiVersion',
        message: t('rule.sts-api-version-removed.message', apiVersion.value),
        data: { replacement: 'apps/v1' },
      },
    ];
  },
  fixes(finding, { resource }) {
    return [
      {
        title: t('rule.sts-api-version-removed.fix.apiVersion'),
        isPreferred: true,
        edits: [{ uri: resource.uri, range: shiftBy(finding.range, resource.doc.offset), newText: 'apps/v1' }],
      },
    ];
  },
};

function shiftBy(range: { start: number; end: number }, offset: number) {
  return { start: range.start + offset, end: range.end + offset };
}
