import { t } from '../l10n/messages';
import { getNumber } from '../model/access';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-termination-grace-zero';
const PATH = 'spec.template.spec.terminationGracePeriodSeconds';

export const stsTerminationGraceZero: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: ruleDocs('sts-termination-grace-zero', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#deployment-and-scaling-guarantees'),
  check({ resource }) {
    const grace = getNumber(resource.root, PATH);
    if (!grace || grace.value !== 0) return [];
    return [
      {
        ruleId: ID,
        range: grace.range,
        path: PATH,
        message: t('rule.sts-termination-grace-zero.message', PATH),
      },
    ];
  },
};
