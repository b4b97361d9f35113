import { getKey, pathOf } from '../model/access';
import { effectiveServiceType, servicePorts } from '../model/service';
import { isScalar } from '../model/types';
import type { Finding, Rule } from './types';

export const svcNodePortForbidden: Rule = {
  id: 'svc-node-port-forbidden',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      '`spec.ports[].nodePort` is only allowed on NodePort and LoadBalancer Services. On a ClusterIP Service (the default type) the apiserver rejects it: `may not be used when `type` is \'ClusterIP\'`.',
    remediation: 'Remove `nodePort`, or set `spec.type: NodePort` (a headless Service cannot be NodePort: expose the pods through a second Service).',
    url: 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
  },
  check({ resource }) {
    if (effectiveServiceType(resource) !== 'ClusterIP') return [];
    const out: Finding[] = [];
    for (const port of servicePorts(resource)) {
      const nodePort = getKey(port.node, 'nodePort');
      if (!isScalar(nodePort) || typeof nodePort.value !== 'number' || nodePort.value === 0) continue;
      const path = pathOf(nodePort);
      out.push({
        ruleId: this.id,
        range: nodePort.range,
        path,
        message: `${path} ${nodePort.value}: Forbidden: may not be used when \`type\` is 'ClusterIP'`,
      });
    }
    return out;
  },
};
