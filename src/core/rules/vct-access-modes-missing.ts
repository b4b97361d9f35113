import { t } from '../l10n/messages';
import { getKey, getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { isMap, isScalar, isSeq, type Range, type YMap, type YNode } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

export const vctAccessModesMissing: Rule = {
  id: 'vct-access-modes-missing',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('vct-access-modes-missing', 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes'),
  check({ resource }) {
    const out: Finding[] = [];
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const spec = getKey(item, 'spec');
      if (!isMapOrUnset(spec)) return;
      const modes = getKey(spec, 'accessModes');
      const missing = modes === undefined || (isScalar(modes) && modes.value === null) || (isSeq(modes) && modes.items.length === 0);
      if (!missing) return;
      const path = `spec.volumeClaimTemplates[${index}].spec.accessModes`;
      const name = getString(item, 'metadata.name')?.value;
      out.push({
        ruleId: this.id,
        range: anchorIn(item, [modes, spec]),
        path,
        message: name ? t('rule.vct-access-modes-missing.messageNamed', path, quote(name)) : t('rule.vct-access-modes-missing.message', path),
      });
    });
    return out;
  },
};

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
