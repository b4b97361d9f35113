import { t } from '../l10n/messages';
import { getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { ruleDocs, type Finding, type Rule } from './types';

const ID = 'pod-container-name-duplicate';

export const podContainerNameDuplicate: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('pod-container-name-duplicate', 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container'),
  check({ resource }) {
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    // Pod validation checks containers first, then init containers against all names seen so far.
    for (const list of ['containers', 'initContainers'] as const) {
      getSeq(resource.root, `spec.template.spec.${list}`)?.items.forEach((item, index) => {
        const name = getString(item, 'name');
        if (!name || name.value === '') return;
        const path = `spec.template.spec.${list}[${index}].name`;
        const first = seen.get(name.value);
        if (first === undefined) {
          seen.set(name.value, path);
          return;
        }
        findings.push({ ruleId: ID, range: name.range, path, message: t('rule.pod-container-name-duplicate.message', path, quote(name.value), first) });
      });
    }
    return findings;
  },
};
