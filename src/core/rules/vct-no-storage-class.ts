import { t } from '../l10n/messages';
import { getKey, getPath, getSeq, getString, toStringMap } from '../model/access';
import { quote } from '../model/names';
import { isMap, isScalar, type Range, type YMap } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

const BETA_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

export const vctNoStorageClass: Rule = {
  id: 'vct-no-storage-class',
  appliesTo: ['StatefulSet'],
  severity: 'hint',
  scope: 'document',
  docs: ruleDocs('vct-no-storage-class', 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1'),
  check({ resource }) {
    const out: Finding[] = [];
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item) || hasClass(item)) return;
      const path = `spec.volumeClaimTemplates[${index}].spec.storageClassName`;
      const name = getString(item, 'metadata.name')?.value;
      out.push({
        ruleId: this.id,
        range: anchorOf(item),
        path,
        message: name ? t('rule.vct-no-storage-class.messageNamed', path, quote(name)) : t('rule.vct-no-storage-class.message', path),
      });
    });
    return out;
  },
};

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
