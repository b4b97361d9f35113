import { t } from '../l10n/messages';
import { getKey, getSeq } from '../model/access';
import { isNullScalar } from '../model/statefulSet';
import { isMap, isScalar, type Range, type YMap } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

export const vctNameMissing: Rule = {
  id: 'vct-name-missing',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('vct-name-missing', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates'),
  check({ resource }) {
    const out: Finding[] = [];
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const range = missingNameAt(item);
      if (!range) return;
      const path = `spec.volumeClaimTemplates[${index}].metadata.name`;
      out.push({
        ruleId: this.id,
        range,
        path,
        message: t('rule.vct-name-missing.message', path, resource.name?.value ?? '<statefulset>'),
      });
    });
    return out;
  },
};

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
