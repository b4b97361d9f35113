import { getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates } from '../model/statefulSet';
import type { Finding, Rule } from './types';

const ID = 'pod-volume-name-duplicate';

export const podVolumeNameDuplicate: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      'Volume names in `spec.template.spec.volumes` must be unique. Since about v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead. (Volumes named like a `volumeClaimTemplates` entry are replaced by the claim, so they do not count.)',
    remediation: 'Rename or merge the duplicated volume, and update the `volumeMounts` that refer to it.',
    url: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
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
      findings.push({ ruleId: ID, range: name.range, path, message: `${path}: Duplicate value: ${quote(name.value)} (also spec.template.spec.volumes[${first}].name)` });
    });
    return findings;
  },
};
