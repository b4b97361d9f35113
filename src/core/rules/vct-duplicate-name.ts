import { t } from '../l10n/messages';
import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, type NamedItem } from '../model/statefulSet';
import { ruleDocs, type Finding, type Rule } from './types';

export const vctDuplicateName: Rule = {
  id: 'vct-duplicate-name',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('vct-duplicate-name', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates'),
  check({ resource }) {
    const templates = claimTemplates(resource).filter((t) => t.name.value !== '');
    const out: Finding[] = [];
    const first = new Map<string, NamedItem>();
    for (const template of templates) {
      const earlier = first.get(template.name.value);
      if (!earlier) {
        first.set(template.name.value, template);
        continue;
      }
      const path = pathOf(getKey(getKey(template.node, 'metadata'), 'name'));
      const earlierPath = pathOf(earlier.node);
      out.push({
        ruleId: this.id,
        range: template.name.range,
        path,
        message: t('rule.vct-duplicate-name.message', path, quote(template.name.value), earlierPath),
        related: [{ resource, range: earlier.name.range, message: `${earlierPath}.metadata.name ${quote(earlier.name.value)}` }],
        data: { name: template.name.value },
      });
    }
    return out;
  },
};
