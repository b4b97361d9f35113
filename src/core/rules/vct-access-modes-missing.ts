import { getKey, getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { isMap, isScalar, isSeq, type Range, type YMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'vct-access-modes-missing',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'A claim template without `spec.accessModes`. A PersistentVolumeClaim needs at least one access mode: since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail to create every PVC (`spec.accessModes: Required value: at least 1 access mode is required`), so no pod starts.',
      remediation:
        'Add `accessModes: ["ReadWriteOnce"]` (or ReadWriteOncePod, ReadOnlyMany, ReadWriteMany as the storage supports) to the claim template\'s `spec`.',
      url: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
    },
    source: 'ValidatePersistentVolumeClaimSpec',
  },
  messages: {
    message: '{0}: Required value: at least 1 access mode is required',
    messageNamed: '{0}: Required value: at least 1 access mode is required (claim template {1})',
  },
  check(ctx) {
    const { resource } = ctx;
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const spec = getKey(item, 'spec');
      if (!isMapOrUnset(spec)) return;
      const modes = getKey(spec, 'accessModes');
      const missing = modes === undefined || (isScalar(modes) && modes.value === null) || (isSeq(modes) && modes.items.length === 0);
      if (!missing) return;
      const path = `spec.volumeClaimTemplates[${index}].spec.accessModes`;
      const name = getString(item, 'metadata.name')?.value;
      ctx.report({
        range: anchorIn(item, [modes, spec]),
        path,
        ...(name ? { messageId: 'messageNamed', args: [path, quote(name)] } : { messageId: 'message', args: [path] }),
      });
    });
  },
});

/** Unset, `key:` alone, or a map: anything else is the schema check's business. */
function isMapOrUnset(node: YNode | undefined): boolean {
  return node === undefined || isMap(node) || (isScalar(node) && node.value === null);
}

/** The key of the first node present, else the template's name, else its first key. */
function anchorIn(item: YMap, nodes: readonly ({ keyRange?: Range } | undefined)[]): Range {
  for (const node of nodes) if (node?.keyRange) return node.keyRange;
  const name = getKey(getKey(item, 'metadata'), 'name');
  if (isScalar(name) && typeof name.value === 'string' && name.value !== '') return name.range;
  return item.pairs[0]?.keyRange ?? item.range;
}
