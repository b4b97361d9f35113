import { t } from '../l10n/messages';
import { getPath, toStringMap } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { serviceSelectorNode } from '../model/service';
import type { ResourceIndex } from '../model/resourceIndex';
import { chosenService, lookUpService, lookupData, relatedAt } from '../model/serviceLookup';
import { ruleDocs, type Rule } from './types';

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export const stsServiceNoSelector: Rule = {
  id: 'sts-service-no-selector',
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'workspace',
  docs: ruleDocs('sts-service-no-selector', 'https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors'),
  check({ resource, index }) {
    const lookup = lookUpService(resource, index);
    const svc = lookup && chosenService(lookup);
    if (!lookup || !svc || serviceSelectorNode(svc) || hasManualEndpoints(svc, index)) return [];
    const { serviceName } = lookup;
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: t('rule.sts-service-no-selector.message', quote(serviceName.value)),
        related: [relatedAt(svc, 'spec.selector', t('rule.sts-service-no-selector.related', quote(serviceName.value)))],
        data: lookupData(lookup, { serviceUri: svc.uri }),
      },
    ];
  },
};

/** Endpoints of the same name, or EndpointSlices labelled for the Service, in its namespace. */
function hasManualEndpoints(svc: Resource, index: ResourceIndex): boolean {
  const name = svc.name?.value;
  if (name === undefined) return false;
  if (index.named('Endpoints', name).some((ep) => ep.namespace === svc.namespace)) return true;
  return index
    .ofKind('EndpointSlice')
    .some((slice) => slice.namespace === svc.namespace && toStringMap(getPath(slice.root, 'metadata.labels')).get(SERVICE_NAME_LABEL) === name);
}
