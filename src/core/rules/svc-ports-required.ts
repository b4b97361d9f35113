import { t } from '../l10n/messages';
import { getKey, getMap, getPath } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { effectiveServiceType, isHeadless } from '../model/service';
import { isScalar, isSeq, type Range } from '../model/types';
import { ruleDocs, type Rule } from './types';

export const svcPortsRequired: Rule = {
  id: 'svc-ports-required',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-ports-required', 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec'),
  check({ resource }) {
    if (isHeadless(resource) || effectiveServiceType(resource) === 'ExternalName') return [];
    const ports = getPath(resource.root, 'spec.ports');
    const empty = ports === undefined || (isScalar(ports) && ports.value === null) || (isSeq(ports) && ports.items.length === 0);
    if (!empty) return [];
    return [
      {
        ruleId: this.id,
        range: anchorFor(resource),
        path: 'spec.ports',
        message: resource.name?.value ? t('rule.svc-ports-required.message', quote(resource.name.value)) : t('rule.svc-ports-required.messageUnnamed'),
      },
    ];
  },
};

/** The `ports` key when written (`ports: []`), else the `spec` key, else the Service's name. */
function anchorFor(resource: Resource): Range {
  const spec = getMap(resource.root, 'spec');
  const ports = getKey(spec, 'ports');
  if (ports?.keyRange) return ports.keyRange;
  const specNode = getKey(resource.root, 'spec');
  if (specNode?.keyRange) return specNode.keyRange;
  return resource.name?.range ?? resource.kind.range;
}
