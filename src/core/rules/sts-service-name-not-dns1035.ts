import { t } from '../l10n/messages';
import { dns1035LabelProblem, isDns1123Label, quote } from '../model/names';
import { serviceNameOf } from '../model/statefulSet';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-service-name-not-dns1035';

export const stsServiceNameNotDns1035: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-service-name-not-dns1035', 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#rfc-1035-label-names'),
  check({ resource }) {
    const serviceName = serviceNameOf(resource);
    // Values that are not even DNS-1123 labels are sts-service-name-invalid's business.
    if (!serviceName || serviceName.value === '' || !isDns1123Label(serviceName.value)) return [];
    const problem = dns1035LabelProblem(serviceName.value);
    if (!problem) return [];
    return [
      {
        ruleId: ID,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: t('rule.sts-service-name-not-dns1035.message', quote(serviceName.value), problem),
      },
    ];
  },
};
