import { getString } from '../model/access';
import { quote } from '../model/names';
import type { Rule } from './types';

const ID = 'sts-pod-management-policy-invalid';
const SUPPORTED = ['OrderedReady', 'Parallel'];

export const stsPodManagementPolicyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary: '`spec.podManagementPolicy` must be `OrderedReady` (the default) or `Parallel`, spelled exactly so; the apiserver rejects anything else.',
    remediation: 'Use `Parallel` to start and stop pods all at once, or remove the field (or write `OrderedReady`) for one-at-a-time ordering.',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies',
  },
  check({ resource }) {
    const policy = getString(resource.root, 'spec.podManagementPolicy');
    // "" is defaulted to OrderedReady before validation.
    if (!policy || policy.value === '' || SUPPORTED.includes(policy.value)) return [];
    const suggestion = SUPPORTED.find((s) => s.toLowerCase() === policy.value.toLowerCase());
    return [
      {
        ruleId: ID,
        range: policy.range,
        path: 'spec.podManagementPolicy',
        message: `spec.podManagementPolicy: Invalid value: ${quote(policy.value)}: must be 'OrderedReady' or 'Parallel'`,
        data: suggestion ? { suggestion } : undefined,
      },
    ];
  },
};
