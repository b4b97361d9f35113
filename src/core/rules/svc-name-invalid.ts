import { t } from '../l10n/messages';
import { dns1035LabelProblem, quote } from '../model/names';
import { ruleDocs, type Rule } from './types';

export const svcNameInvalid: Rule = {
  id: 'svc-name-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-name-invalid', 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#rfc-1035-label-names'),
  check({ resource }) {
    const name = resource.name;
    if (!name || name.value === '') return [];
    const problem = dns1035LabelProblem(name.value);
    if (!problem) return [];
    return [{ ruleId: this.id, range: name.range, path: 'metadata.name', message: t('rule.svc-name-invalid.message', quote(name.value), problem) }];
  },
};
