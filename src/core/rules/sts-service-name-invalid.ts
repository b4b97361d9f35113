import { dns1123LabelProblem, quote } from '../model/names';
import { serviceNameOf } from '../model/statefulSet';
import type { Rule } from './types';

const ID = 'sts-service-name-invalid';

export const stsServiceNameInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      '`spec.serviceName` becomes every pod\'s `subdomain`, which must be a DNS-1123 label. Since about v1.33 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate ... spec.subdomain: Invalid value`).',
    remediation: 'Set `spec.serviceName` to the name of the headless Service that governs the set (lowercase letters, digits and `-`, at most 63 characters).',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id',
  },
  check({ resource }) {
    const serviceName = serviceNameOf(resource);
    if (!serviceName || serviceName.value === '') return [];
    const problem = dns1123LabelProblem(serviceName.value);
    if (!problem) return [];
    return [
      {
        ruleId: ID,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: `spec.serviceName: Invalid value: ${quote(serviceName.value)}: ${problem}`,
      },
    ];
  },
};
