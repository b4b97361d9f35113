import { getKey, getSeq } from '../model/access';
import { isNullScalar } from '../model/statefulSet';
import { isMap, isScalar, type Range, type YMap } from '../model/types';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'vct-name-missing',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        "A `spec.volumeClaimTemplates` entry has no `metadata.name`. The name is both the pod volume's name (what `volumeMounts` refer to) and the prefix of each PVC (`<name>-<statefulset>-<ordinal>`); without it the volume and the PVC are invalid, and every pod creation fails.",
      remediation: 'Set `metadata.name` on the claim template (e.g. `data`) and mount it by that name.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    },
  },
  messages: {
    message: '{0}: Required value: a claim template needs a name (its PVCs are named <name>-{1}-<ordinal>)',
  },
  check(ctx) {
    const { resource } = ctx;
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const range = missingNameAt(item);
      if (!range) return;
      const path = `spec.volumeClaimTemplates[${index}].metadata.name`;
      ctx.report({
        range,
        path,
        messageId: 'message', args: [path, resource.name?.value ?? '<statefulset>'],
      });
    });
  },
});

/** Where to report a missing name: `name:` or `name: ""`, else `metadata`, else the item's first key. Undefined when named. */
function missingNameAt(item: YMap): Range | undefined {
  const metadata = getKey(item, 'metadata');
  if (metadata !== undefined && !isMap(metadata) && !isNullScalar(metadata)) return undefined; // wrong type: the schema check's
  const name = getKey(metadata, 'name');
  if (name !== undefined) {
    if (!isScalar(name) || (name.value !== null && name.value !== '')) return undefined;
    return name.value === '' ? name.range : name.keyRange;
  }
  if (metadata?.keyRange) return metadata.keyRange;
  return item.pairs[0]?.keyRange ?? item.range;
}
