import { t } from '../l10n/messages';
import { getKey, trimmedRange } from '../model/access';
import { dns1123LabelProblem, quote } from '../model/names';
import { containersOf } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

const ID = 'pod-container-name-invalid';

export const podContainerNameInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('pod-container-name-invalid', 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container'),
  check({ resource }) {
    const findings: Finding[] = [];
    for (const { node, list, index } of containersOf(resource)) {
      const path = `spec.template.spec.${list}[${index}].name`;
      const name = getKey(node, 'name');
      if (name === undefined || (isScalar(name) && (name.value === null || name.value === ''))) {
        const range = isScalar(name) && name.value === '' ? name.range : (name?.keyRange ?? trimmedRange(node));
        findings.push({ ruleId: ID, range, path, message: t('rule.pod-container-name-invalid.required', path) });
        continue;
      }
      if (!isScalar(name) || typeof name.value !== 'string') continue; // wrong type: the schema check's business
      const problem = dns1123LabelProblem(name.value);
      if (problem) findings.push({ ruleId: ID, range: name.range, path, message: t('rule.pod-container-name-invalid.invalid', path, quote(name.value), problem) });
    }
    return findings;
  },
};
