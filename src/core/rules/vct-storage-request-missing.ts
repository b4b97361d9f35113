import { t } from '../l10n/messages';
import { getKey, getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { isMap, isScalar, type Range, type YMap, type YNode } from '../model/types';
import { decodeQuantity } from '../schema/quantity';
import { ruleDocs, type Finding, type Rule } from './types';

export const vctStorageRequestMissing: Rule = {
  id: 'vct-storage-request-missing',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('vct-storage-request-missing', 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#resources'),
  check({ resource }) {
    const out: Finding[] = [];
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const finding = checkTemplate(this.id, item, index);
      if (finding) out.push(finding);
    });
    return out;
  },
};

function checkTemplate(ruleId: string, item: YMap, index: number): Finding | undefined {
  const spec = getKey(item, 'spec');
  const resources = getKey(spec, 'resources');
  const requests = getKey(resources, 'requests');
  const storage = getKey(requests, 'storage');
  if (![spec, resources, requests].every(isMapOrUnset)) return undefined;
  const path = `spec.volumeClaimTemplates[${index}].spec.resources.requests.storage`;
  const name = getString(item, 'metadata.name')?.value;
  if (storage === undefined || (isScalar(storage) && storage.value === null)) {
    const range = storage?.keyRange ?? anchorIn(item, [requests, resources, spec]);
    return { ruleId, range, path, message: name ? t('rule.vct-storage-request-missing.requiredNamed', path, quote(name)) : t('rule.vct-storage-request-missing.required', path) };
  }
  if (isScalar(storage) && isNotPositive(storage)) {
    const value = quote(String(storage.value));
    const message = name
      ? t('rule.vct-storage-request-missing.notPositiveNamed', path, value, quote(name))
      : t('rule.vct-storage-request-missing.notPositive', path, value);
    return { ruleId, range: storage.range, path, message };
  }
  return undefined;
}

/** Unset, `key:` alone, or a map: anything else is the schema check's business. */
function isMapOrUnset(node: YNode | undefined): boolean {
  return node === undefined || isMap(node) || (isScalar(node) && node.value === null);
}

/** Whether a quantity is clearly zero or negative; values that do not parse are left to the schema check. */
function isNotPositive(node: YNode): boolean {
  if (!isScalar(node)) return false;
  if (typeof node.value === 'number') return node.value <= 0;
  if (typeof node.value !== 'string') return false;
  const quantity = decodeQuantity(node.value);
  return quantity !== undefined && quantity.sign <= 0;
}

function anchorIn(item: YMap, nodes: readonly (YNode | undefined)[]): Range {
  for (const node of nodes) if (node?.keyRange) return node.keyRange;
  const name = getKey(getKey(item, 'metadata'), 'name');
  if (isScalar(name) && typeof name.value === 'string' && name.value !== '') return name.range;
  return item.pairs[0]?.keyRange ?? item.range;
}
