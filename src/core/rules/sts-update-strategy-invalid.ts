import { t } from '../l10n/messages';
import { getString } from '../model/access';
import { quote } from '../model/names';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-update-strategy-invalid';
const SUPPORTED = ['RollingUpdate', 'OnDelete'];

export const stsUpdateStrategyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-update-strategy-invalid', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies'),
  check({ resource }) {
    const type = getString(resource.root, 'spec.updateStrategy.type');
    // "" is defaulted to RollingUpdate before validation.
    if (!type || type.value === '' || SUPPORTED.includes(type.value)) return [];
    const suggestion = SUPPORTED.find((s) => s.toLowerCase() === type.value.toLowerCase());
    return [
      {
        ruleId: ID,
        range: type.range,
        path: 'spec.updateStrategy.type',
        message: t('rule.sts-update-strategy-invalid.message', quote(type.value)),
        data: suggestion ? { suggestion } : undefined,
      },
    ];
  },
};
