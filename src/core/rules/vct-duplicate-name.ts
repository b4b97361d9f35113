import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, type NamedItem } from '../model/statefulSet';
import type { Finding, Rule } from './types';

export const vctDuplicateName: Rule = {
  id: 'vct-duplicate-name',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      'Two `spec.volumeClaimTemplates` share a `metadata.name`. Nothing rejects this: the controller keys claim templates by name, so the last one silently wins and the earlier ones are ignored (their size, class and access modes never apply).',
    remediation: 'Give each claim template its own name (and mount it), or delete the one that is not wanted. Claim templates cannot be changed on an existing StatefulSet: recreate it (`kubectl delete sts --cascade=orphan`, then apply).',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
  },
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
        message: `${path}: Duplicate value: ${quote(template.name.value)} is also the name of ${earlierPath}; only the last claim template of a name is used, the others are silently ignored`,
        related: [{ resource, range: earlier.name.range, message: `${earlierPath}.metadata.name ${quote(earlier.name.value)}` }],
        data: { name: template.name.value },
      });
    }
    return out;
  },
};
