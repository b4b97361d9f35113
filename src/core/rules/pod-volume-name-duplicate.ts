import { t } from '../l10n/messages';
import { getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates } from '../model/statefulSet';
import { ruleDocs, type Finding, type Rule } from './types';

const ID = 'pod-volume-name-duplicate';

export const podVolumeNameDuplicate: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('pod-volume-name-duplicate', 'https://kubernetes.io/docs/concepts/storage/volumes/'),
  check({ resource }) {
    const claims = new Set(claimTemplates(resource).map((t) => t.name.value));
    const findings: Finding[] = [];
    const seen = new Map<string, number>();
    getSeq(resource.root, 'spec.template.spec.volumes')?.items.forEach((item, index) => {
      const name = getString(item, 'name');
      // Template volumes named like a claim template are dropped for the claim's volume.
      if (!name || name.value === '' || claims.has(name.value)) return;
      const first = seen.get(name.value);
      if (first === undefined) {
        seen.set(name.value, index);
        return;
      }
      const path = `spec.template.spec.volumes[${index}].name`;
      findings.push({ ruleId: ID, range: name.range, path, message: t('rule.pod-volume-name-duplicate.message', path, quote(name.value), first) });
    });
    return findings;
  },
};
