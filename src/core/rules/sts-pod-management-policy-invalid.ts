import { t } from '../l10n/messages';
import { getString } from '../model/access';
import { quote } from '../model/names';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-pod-management-policy-invalid';
const SUPPORTED = ['OrderedReady', 'Parallel'];

export const stsPodManagementPolicyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-pod-management-policy-invalid', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies'),
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
        message: t('rule.sts-pod-management-policy-invalid.message', quote(policy.value)),
        data: suggestion ? { suggestion } : undefined,
      },
    ];
  },
};
