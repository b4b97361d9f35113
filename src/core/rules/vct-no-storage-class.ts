import { getKey, getPath, getSeq, getString, toStringMap } from '../model/access';
import { quote } from '../model/names';
import { isMap, isScalar, type Range, type YMap } from '../model/types';
import { defineRule } from './defineRule';

const BETA_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

export default defineRule({
  id: 'vct-no-storage-class',
  meta: {
    severity: 'hint', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'A claim template without `spec.storageClassName` relies on the cluster\'s default StorageClass. Where there is none (or it cannot provision here), the PVCs stay Pending and so do the pods. `storageClassName: ""` is different: it asks for a pre-provisioned PersistentVolume without a class.',
      remediation:
        'Set `storageClassName` to a StorageClass of the target cluster (`kubectl get storageclass`) if the default is not guaranteed.',
      url: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1',
    },
  },
  messages: {
    message: "{0} is not set: the cluster's default StorageClass is used; without one the PVCs stay Pending",
    messageNamed: "{0} is not set (claim template {1}): the cluster's default StorageClass is used; without one the PVCs stay Pending",
  },
  check(ctx) {
    const { resource } = ctx;
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item) || hasClass(item)) return;
      const path = `spec.volumeClaimTemplates[${index}].spec.storageClassName`;
      const name = getString(item, 'metadata.name')?.value;
      ctx.report({
        range: anchorOf(item),
        path,
        ...(name ? { messageId: 'messageNamed', args: [path, quote(name)] } : { messageId: 'message', args: [path] }),
      });
    });
  },
});

function hasClass(item: YMap): boolean {
  const spec = getKey(item, 'spec');
  if (spec !== undefined && !isMap(spec) && !(isScalar(spec) && spec.value === null)) return true; // wrong type: not judged
  const value = getKey(spec, 'storageClassName');
  if (value !== undefined && !(isScalar(value) && value.value === null)) return true;
  return toStringMap(getPath(item, 'metadata.annotations')).has(BETA_ANNOTATION);
}

/** The claim template's `spec` key, else its name, else its first key. */
function anchorOf(item: YMap): Range {
  const spec = getKey(item, 'spec');
  if (spec?.keyRange) return spec.keyRange;
  const name = getKey(getKey(item, 'metadata'), 'name');
  if (isScalar(name) && typeof name.value === 'string' && name.value !== '') return name.range;
  return item.pairs[0]?.keyRange ?? item.range;
}
