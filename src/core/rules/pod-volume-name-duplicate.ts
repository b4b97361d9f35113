import { getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates } from '../model/statefulSet';
import { defineRule } from './defineRule';
import { earlierOf } from './fields';


export default defineRule({
  id: 'pod-volume-name-duplicate',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Volume names in `spec.template.spec.volumes` must be unique. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead. (Volumes named like a `volumeClaimTemplates` entry are replaced by the claim, so they do not count.)',
      remediation: 'Rename or merge the duplicated volume, and update the `volumeMounts` that refer to it.',
      url: 'https://kubernetes.io/docs/concepts/storage/volumes/',
    },
    source: 'ValidatePodTemplateSpec',
  },
  messages: {
    message: '{0}: Duplicate value: {1} (also spec.template.spec.volumes[{2}].name)',
  },
  check(ctx) {
    const { resource } = ctx;
    const claims = new Set(claimTemplates(resource).map((t) => t.name.value));
    const seen = new Map<string, number>();
    getSeq(resource.root, 'spec.template.spec.volumes')?.items.forEach((item, index) => {
      const name = getString(item, 'name');
      // Template volumes named like a claim template are dropped for the claim's volume.
      if (!name || name.value === '' || claims.has(name.value)) return;
      const first = earlierOf(seen, name.value, index);
      if (first === undefined) return;
      const path = `spec.template.spec.volumes[${index}].name`;
      ctx.report({ range: name.range, path, messageId: 'message', args: [path, quote(name.value), first] });
    });
  },
});
