import { getKey, getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { isMap, isScalar, type Range, type YMap, type YNode } from '../model/types';
import { decodeQuantity } from '../schema/quantity';
import { defineRule, type CheckContext } from './defineRule';

export default defineRule({
  id: 'vct-storage-request-missing',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'A claim template without `spec.resources.requests.storage` (or with a size that is not above zero). A PersistentVolumeClaim must request a size: since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail to create every PVC, so no pod starts.',
      remediation: "Add `resources: {requests: {storage: 1Gi}}` (the size each pod needs) to the claim template's `spec`.",
      url: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#resources',
    },
    source: 'ValidatePersistentVolumeClaimSpec',
  },
  messages: {
    required: '{0}: Required value: a claim template must request a storage size, e.g. storage: 1Gi',
    requiredNamed: '{0}: Required value: a claim template must request a storage size, e.g. storage: 1Gi (claim template {1})',
    notPositive: '{0} {1}: must be greater than zero',
    notPositiveNamed: '{0} {1}: must be greater than zero (claim template {2})',
  },
  check(ctx) {
    const { resource } = ctx;
    getSeq(resource.root, 'spec.volumeClaimTemplates')?.items.forEach((item, index) => {
      if (!isMap(item)) return;
      checkTemplate(ctx, item, index);
    });
  },
});

function checkTemplate(ctx: CheckContext<'required' | 'requiredNamed' | 'notPositive' | 'notPositiveNamed'>, item: YMap, index: number): void {
  const spec = getKey(item, 'spec');
  const resources = getKey(spec, 'resources');
  const requests = getKey(resources, 'requests');
  const storage = getKey(requests, 'storage');
  if (![spec, resources, requests].every(isMapOrUnset)) return;
  const path = `spec.volumeClaimTemplates[${index}].spec.resources.requests.storage`;
  const name = getString(item, 'metadata.name')?.value;
  if (storage === undefined || (isScalar(storage) && storage.value === null)) {
    const range = storage?.keyRange ?? anchorIn(item, [requests, resources, spec]);
    ctx.report({ range, path, ...(name ? { messageId: 'requiredNamed', args: [path, quote(name)] } : { messageId: 'required', args: [path] }) });
    return;
  }
  if (isScalar(storage) && isNotPositive(storage)) {
    const value = quote(String(storage.value));
    const message = name ? { messageId: 'notPositiveNamed' as const, args: [path, value, quote(name)] } : { messageId: 'notPositive' as const, args: [path, value] };
    ctx.report({ range: storage.range, path, ...message });
  }
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
