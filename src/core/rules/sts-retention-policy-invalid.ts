import { getString } from '../model/access';
import { quote } from '../model/names';
import type { Finding, Rule } from './types';

const ID = 'sts-retention-policy-invalid';
const BASE = 'spec.persistentVolumeClaimRetentionPolicy';
const SUPPORTED = ['Retain', 'Delete'];

export const stsRetentionPolicyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      '`spec.persistentVolumeClaimRetentionPolicy.whenDeleted` and `.whenScaled` accept exactly `Retain` (the default) or `Delete`; the values are case-sensitive and the apiserver rejects anything else.',
    remediation: 'Write `Retain` to keep the claims (and data) or `Delete` to remove them, with that capitalisation, or remove the field to keep the default `Retain`.',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention',
  },
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
        message: `${path}: Unsupported value: ${quote(value.value)}: supported values: "Retain", "Delete"`,
        data: suggestion ? { suggestion } : undefined,
      });
    }
    return findings;
  },
};
