import { t } from '../l10n/messages';
import { getNumber } from '../model/access';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-revision-history-limit-negative';
const PATH = 'spec.revisionHistoryLimit';

export const stsRevisionHistoryLimitNegative: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: ruleDocs('sts-revision-history-limit-negative', 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/'),
  check({ resource }) {
    const limit = getNumber(resource.root, PATH);
    if (!limit || limit.value >= 0) return [];
    return [
      {
        ruleId: ID,
        range: limit.range,
        path: PATH,
        message: t('rule.sts-revision-history-limit-negative.message', PATH, limit.value),
      },
    ];
  },
};
