import { t } from '../l10n/messages';
import { getString } from '../model/access';
import { quote } from '../model/names';
import { ruleDocs, type Finding, type Rule } from './types';

const ID = 'sts-retention-policy-invalid';
const BASE = 'spec.persistentVolumeClaimRetentionPolicy';
const SUPPORTED = ['Retain', 'Delete'];

export const stsRetentionPolicyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-retention-policy-invalid', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention'),
  check({ resource }) {
    const findings: Finding[] = [];
    for (const field of ['whenDeleted', 'whenScaled']) {
      const path = `${BASE}.${field}`;
      const value = getString(resource.root, path);
      // "" is defaulted to Retain.
      if (!value || value.value === '' || SUPPORTED.includes(value.value)) continue;
      const suggestion = SUPPORTED.find((s) => s.toLowerCase() === value.value.toLowerCase());
      findings.push({
        ruleId: ID,
        range: value.range,
        path,
        message: t('rule.sts-retention-policy-invalid.message', path, quote(value.value)),
        data: suggestion ? { suggestion } : undefined,
      });
    }
    return findings;
  },
};
