import { getKey } from '../model/access';
import { claimTemplates, type NamedItem } from '../model/statefulSet';
import { reportClaimClash } from './claimClash';
import { defineRule } from './defineRule';
import { earlierOf } from './fields';

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
      const earlier = earlierOf(first, template.name.value, template);
      if (earlier) reportClaimClash(ctx, getKey(getKey(template.node, 'metadata'), 'name'), template, earlier);
    }
  },
});
