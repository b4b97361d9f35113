import { pathOf } from '../model/access';
import { quote } from '../model/names';
import { clusterIPNode, effectiveServiceType, isHeadless } from '../model/service';
import { defineRule } from './defineRule';

const NO_HEADLESS = new Set(['LoadBalancer', 'NodePort']);

export default defineRule({
  id: 'svc-headless-type-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        "A headless Service (`clusterIP: None`) cannot be of type LoadBalancer or NodePort: those types route through a cluster IP. The apiserver rejects it (`may not be set to 'None' for LoadBalancer services`).",
      remediation:
        'Use `type: ClusterIP` (or omit `type`) for the headless Service, and expose the pods externally through a second, non-headless Service.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
    },
    source: 'ValidateServiceClusterIPsRelatedFields',
  },
  messages: {
    message: '{0} "None": may not be set to \'None\' for {1} services (spec.type {2})',
  },
  check(ctx) {
    const { resource } = ctx;
    const type = effectiveServiceType(resource);
    if (!NO_HEADLESS.has(type) || !isHeadless(resource)) return;
    const node = clusterIPNode(resource);
    if (!node) return;
    const path = pathOf(node);
    return ctx.report({
      range: node.range,
      path,
      messageId: 'message', args: [path, type, quote(type)],
    });
  },
});
