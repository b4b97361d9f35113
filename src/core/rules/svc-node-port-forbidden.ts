import { getKey, pathOf } from '../model/access';
import { effectiveServiceType, servicePorts } from '../model/service';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'svc-node-port-forbidden',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        "`spec.ports[].nodePort` is only allowed on NodePort and LoadBalancer Services. On a ClusterIP Service (the default type) the apiserver rejects it: `may not be used when `type` is 'ClusterIP'`.",
      remediation:
        'Remove `nodePort`, or set `spec.type: NodePort` (a headless Service cannot be NodePort: expose the pods through a second Service).',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
    },
    source: 'ValidateService',
  },
  messages: {
    message: "{0} {1}: Forbidden: may not be used when `type` is 'ClusterIP'",
  },
  check(ctx) {
    const { resource } = ctx;
    if (effectiveServiceType(resource) !== 'ClusterIP') return;
    for (const port of servicePorts(resource)) {
      const nodePort = getKey(port.node, 'nodePort');
      if (!isScalar(nodePort) || typeof nodePort.value !== 'number' || nodePort.value === 0) continue;
      const path = pathOf(nodePort);
      ctx.report({
        range: nodePort.range,
        path,
        messageId: 'message', args: [path, nodePort.value],
      });
    }
  },
});
