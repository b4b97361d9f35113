import { quote } from '../model/names';
import { servicePorts, type ServicePort } from '../model/service';
import type { Finding, Rule } from './types';

export const svcPortDuplicate: Rule = {
  id: 'svc-port-duplicate',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      'Two entries of `spec.ports` have the same `port` and `protocol` (TCP when omitted); the apiserver rejects the Service with `Duplicate value`. The same port number is fine for different protocols (53/TCP and 53/UDP).',
    remediation: 'Remove the repeated entry, or give it another port number or protocol.',
    url: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  },
  check({ resource }) {
    const seen = new Map<string, ServicePort>();
    const out: Finding[] = [];
    for (const port of servicePorts(resource)) {
      if (!port.port || !Number.isInteger(port.port.value) || port.port.value < 1) continue;
      const key = `${port.protocol}/${port.port.value}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, port);
        continue;
      }
      const base = `spec.ports[${port.index}]`;
      out.push({
        ruleId: this.id,
        range: port.port.range,
        path: base,
        message: `${base}.port ${port.port.value} (protocol ${quote(port.protocol)}): Duplicate value: spec.ports[${first.index}] already has port ${port.port.value}/${port.protocol}`,
        related: [{ resource, range: first.port!.range, message: `spec.ports[${first.index}].port ${first.port!.value}` }],
      });
    }
    return out;
  },
};
