import { t } from '../l10n/messages';
import { quote } from '../model/names';
import { servicePorts, type ServicePort } from '../model/service';
import { ruleDocs, type Finding, type Rule } from './types';

export const svcPortDuplicate: Rule = {
  id: 'svc-port-duplicate',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-port-duplicate', 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services'),
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
        message: t('rule.svc-port-duplicate.message', base, port.port.value, quote(port.protocol), first.index, port.protocol),
        related: [{ resource, range: first.port!.range, message: `spec.ports[${first.index}].port ${first.port!.value}` }],
      });
    }
    return out;
  },
};
