import { t } from '../l10n/messages';
import { getNumber } from '../model/access';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-active-deadline-forbidden';
const PATH = 'spec.template.spec.activeDeadlineSeconds';

export const stsActiveDeadlineForbidden: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-active-deadline-forbidden', 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#lifecycle'),
  check({ resource }) {
    const value = getNumber(resource.root, PATH);
    if (!value) return [];
    return [{ ruleId: ID, range: value.range, path: PATH, message: t('rule.sts-active-deadline-forbidden.message', PATH, value.value) }];
  },
};
