import { quote } from '../model/names';
import { servicePorts, type ServicePort } from '../model/service';
import { defineRule } from './defineRule';
import { earlierOf } from './fields';

export default defineRule({
  id: 'svc-port-duplicate',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        'Two entries of `spec.ports` have the same `port` and `protocol` (TCP when omitted); the apiserver rejects the Service with `Duplicate value`. The same port number is fine for different protocols (53/TCP and 53/UDP).',
      remediation: 'Remove the repeated entry, or give it another port number or protocol.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
    },
    source: 'ValidateService',
  },
  messages: {
    message: '{0}.port {1} (protocol {2}): Duplicate value: spec.ports[{3}] already has port {1}/{4}',
  },
  check(ctx) {
    const { resource } = ctx;
    const seen = new Map<string, ServicePort>();
    for (const port of servicePorts(resource)) {
      if (!port.port || !Number.isInteger(port.port.value) || port.port.value < 1) continue;
      const key = `${port.protocol}/${port.port.value}`;
      const first = earlierOf(seen, key, port);
      if (!first) continue;
      const base = `spec.ports[${port.index}]`;
      ctx.report({
        range: port.port.range,
        path: base,
        messageId: 'message', args: [base, port.port.value, quote(port.protocol), first.index, port.protocol],
        related: [{ resource, range: first.port!.range, message: `spec.ports[${first.index}].port ${first.port!.value}` }],
      });
    }
  },
});
