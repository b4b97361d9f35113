import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, type NamedItem } from '../model/statefulSet';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'vct-duplicate-name',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'Two `spec.volumeClaimTemplates` share a `metadata.name`. Nothing rejects this: the controller keys claim templates by name, so the last one silently wins and the earlier ones are ignored (their size, class and access modes never apply).',
      remediation:
        'Give each claim template its own name (and mount it), or delete the one that is not wanted. Claim templates cannot be changed on an existing StatefulSet: recreate it (`kubectl delete sts --cascade=orphan`, then apply).',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    },
  },
  messages: {
    message:
      '{0}: Duplicate value: {1} is also the name of {2}; only the last claim template of a name is used, the others are silently ignored',
  },
  check(ctx) {
    const { resource } = ctx;
    const templates = claimTemplates(resource).filter((t) => t.name.value !== '');
    const first = new Map<string, NamedItem>();
    for (const template of templates) {
      const earlier = first.get(template.name.value);
      if (!earlier) {
        first.set(template.name.value, template);
        continue;
      }
      const path = pathOf(getKey(getKey(template.node, 'metadata'), 'name'));
      const earlierPath = pathOf(earlier.node);
      ctx.report({
        range: template.name.range,
        path,
        messageId: 'message', args: [path, quote(template.name.value), earlierPath],
        related: [{ resource, range: earlier.name.range, message: `${earlierPath}.metadata.name ${quote(earlier.name.value)}` }],
        data: { name: template.name.value },
      });
    }
  },
});
