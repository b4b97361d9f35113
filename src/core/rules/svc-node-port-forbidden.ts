import { t } from '../l10n/messages';
import { getKey, pathOf } from '../model/access';
import { effectiveServiceType, servicePorts } from '../model/service';
import { isScalar } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

export const svcNodePortForbidden: Rule = {
  id: 'svc-node-port-forbidden',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-node-port-forbidden', 'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport'),
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
        message: t('rule.svc-node-port-forbidden.message', path, nodePort.value),
      });
    }
    return out;
  },
};
