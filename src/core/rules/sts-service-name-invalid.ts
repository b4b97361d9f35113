import { t } from '../l10n/messages';
import { dns1123LabelProblem, quote } from '../model/names';
import { serviceNameOf } from '../model/statefulSet';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-service-name-invalid';

export const stsServiceNameInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-service-name-invalid', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id'),
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
        message: t('rule.sts-service-name-invalid.message', quote(serviceName.value), problem),
      },
    ];
  },
};
