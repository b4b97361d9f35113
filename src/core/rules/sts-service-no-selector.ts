import { getPath, toStringMap } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { serviceSelectorNode } from '../model/service';
import type { ResourceIndex } from '../model/resourceIndex';
import { lookupData, relatedAt } from '../model/serviceLookup';
import { atServiceName, governingService } from './governingService';
import { defineRule } from './defineRule';
import { readsGoverningService } from './crossFileReads';

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export default defineRule({
  id: 'sts-service-no-selector',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'workspace', dependsOn: readsGoverningService, changesRollout: true,
    docs: {
      summary:
        "The Service named by `spec.serviceName` has no `spec.selector`. Kubernetes then manages no endpoints for it, so the StatefulSet's pods get no per-pod DNS records unless EndpointSlices are written by hand.",
      remediation:
        "Add a `spec.selector` to the Service with the pod template labels (usually the StatefulSet's `spec.selector.matchLabels`).",
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors',
    },
  },
  messages: {
    message:
      "spec.serviceName {0}: Service {0} has no spec.selector, so its endpoints never list this StatefulSet's pods and they get no per-pod DNS records",
    related: 'Service {0} has no selector',
  },
  check(ctx) {
    const governing = governingService(ctx);
    if (!governing || serviceSelectorNode(governing.svc) || hasManualEndpoints(governing.svc, ctx.index)) return;
    const { lookup, svc } = governing;
    const { serviceName } = lookup;
    ctx.report({
      ...atServiceName(lookup),
      messageId: 'message', args: [quote(serviceName.value)],
      related: [relatedAt(svc, 'spec.selector', ctx.t('related', quote(serviceName.value)))],
      data: lookupData(lookup, { serviceUri: svc.uri }),
    });
  },
});

/** Endpoints of the same name, or EndpointSlices labelled for the Service, in its namespace. */
function hasManualEndpoints(svc: Resource, index: ResourceIndex): boolean {
  const name = svc.name?.value;
  if (name === undefined) return false;
  if (index.named('Endpoints', name).some((ep) => ep.namespace === svc.namespace)) return true;
  return index
    .ofKind('EndpointSlice')
    .some((slice) => slice.namespace === svc.namespace && toStringMap(getPath(slice.root, 'metadata.labels')).get(SERVICE_NAME_LABEL) === name);
}
