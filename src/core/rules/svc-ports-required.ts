import { getKey, getMap, getPath } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { effectiveServiceType, isHeadless } from '../model/service';
import { isScalar, isSeq, type Range } from '../model/types';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'svc-ports-required',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        'A Service needs at least one entry in `spec.ports` unless it is headless (`clusterIP: None`) or of type ExternalName; the apiserver rejects it with `spec.ports: Required value`.',
      remediation:
        'Add the port(s) the pods serve under `spec.ports`, or make the Service headless with `clusterIP: None` if it only provides DNS names.',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
    },
    source: 'ValidateService',
  },
  messages: {
    message:
      'spec.ports: Required value: Service {0} is neither headless (clusterIP: None) nor of type ExternalName, so it needs at least one port',
    messageUnnamed:
      'spec.ports: Required value: the Service is neither headless (clusterIP: None) nor of type ExternalName, so it needs at least one port',
  },
  check(ctx) {
    const { resource } = ctx;
    if (isHeadless(resource) || effectiveServiceType(resource) === 'ExternalName') return;
    const ports = getPath(resource.root, 'spec.ports');
    const empty = ports === undefined || (isScalar(ports) && ports.value === null) || (isSeq(ports) && ports.items.length === 0);
    if (!empty) return;
    return ctx.report({
      range: anchorFor(resource),
      path: 'spec.ports',
      ...(resource.name?.value ? { messageId: 'message', args: [quote(resource.name.value)] } : { messageId: 'messageUnnamed' }),
    });
  },
});

/** The `ports` key when written (`ports: []`), else the `spec` key, else the Service's name. */
function anchorFor(resource: Resource): Range {
  const spec = getMap(resource.root, 'spec');
  const ports = getKey(spec, 'ports');
  if (ports?.keyRange) return ports.keyRange;
  const specNode = getKey(resource.root, 'spec');
  if (specNode?.keyRange) return specNode.keyRange;
  return resource.name?.range ?? resource.kind.range;
}
