import { t } from '../l10n/messages';
import { getKey, getMap } from '../model/access';
import { isScalar } from '../model/types';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-service-name-missing';

export const stsServiceNameMissing: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: ruleDocs('sts-service-name-missing', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations'),
  check({ resource }) {
    const spec = getMap(resource.root, 'spec');
    const serviceName = getKey(spec, 'serviceName');
    const unset = serviceName === undefined || (isScalar(serviceName) && (serviceName.value === null || serviceName.value === ''));
    if (!unset) return []; // a name, or a value of the wrong type (the schema check's business)
    const range = isScalar(serviceName) && serviceName.value === '' ? serviceName.range : (serviceName?.keyRange ?? spec?.keyRange ?? resource.kind.range);
    const what =
      serviceName === undefined
        ? t('rule.sts-service-name-missing.notSet')
        : isScalar(serviceName) && serviceName.value === ''
          ? t('rule.sts-service-name-missing.empty')
          : t('rule.sts-service-name-missing.noValue');
    return [
      {
        ruleId: ID,
        range,
        path: 'spec.serviceName',
        message: t('rule.sts-service-name-missing.message', what),
      },
    ];
  },
};
