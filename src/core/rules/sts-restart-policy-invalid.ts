import { t } from '../l10n/messages';
import { getString } from '../model/access';
import { quote } from '../model/names';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-restart-policy-invalid';
const PATH = 'spec.template.spec.restartPolicy';

export const stsRestartPolicyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('sts-restart-policy-invalid', 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy'),
  check({ resource }) {
    const policy = getString(resource.root, PATH);
    // "" is defaulted to Always.
    if (!policy || policy.value === '' || policy.value === 'Always') return [];
    return [{ ruleId: ID, range: policy.range, path: PATH, message: t('rule.sts-restart-policy-invalid.message', PATH, quote(policy.value)) }];
  },
};
