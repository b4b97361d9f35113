import { getKey } from '../model/access';
import { duplicate } from '../model/fieldProblem';
import { servicePorts, type ServicePort } from '../model/service';
import { isScalar, type Range } from '../model/types';
import { defineRule } from './defineRule';
import { earlierOf } from './fields';
import { problemMessages } from './problemReport';

export default defineRule({
  id: 'svc-node-port-duplicate',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        'Two entries of `spec.ports` ask for the same `nodePort` with the same `protocol` (TCP when omitted); the apiserver rejects the Service with `Duplicate value`. The same node port is fine for different protocols (30053/TCP and 30053/UDP).',
      remediation: 'Give each port its own `nodePort`, or leave `nodePort` out to have one allocated.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#nodeport-custom-port',
    },
    source: 'ValidateService',
  },
  messages: { ...problemMessages('duplicate'), firstUse: 'spec.ports[{0}].nodePort {1}' },
  check(ctx) {
    const seen = new Map<string, { port: ServicePort; range: Range }>();
    for (const port of servicePorts(ctx.resource)) {
      const nodePort = getKey(port.node, 'nodePort');
      if (!isScalar(nodePort) || typeof nodePort.value !== 'number' || nodePort.value === 0) continue;
      const first = earlierOf(seen, `${port.protocol}/${nodePort.value}`, { port, range: nodePort.range });
      if (!first) continue;
      const problem = duplicate(`spec.ports[${port.index}].nodePort`, nodePort.range, nodePort.value);
      ctx.report({
        messageId: 'duplicate', args: [problem.path, ...problem.args], range: problem.range, path: problem.path,
        related: [{ resource: ctx.resource, range: first.range, message: ctx.t('firstUse', first.port.index, nodePort.value) }],
      });
    }
  },
});
