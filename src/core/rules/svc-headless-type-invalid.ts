import { pathOf } from '../model/access';
import { quote } from '../model/names';
import { clusterIPNode, effectiveServiceType, isHeadless } from '../model/service';
import type { Rule } from './types';

const NO_HEADLESS = new Set(['LoadBalancer', 'NodePort']);

export const svcHeadlessTypeInvalid: Rule = {
  id: 'svc-headless-type-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      'A headless Service (`clusterIP: None`) cannot be of type LoadBalancer or NodePort: those types route through a cluster IP. The apiserver rejects it (`may not be set to \'None\' for LoadBalancer services`).',
    remediation:
      'Use `type: ClusterIP` (or omit `type`) for the headless Service, and expose the pods externally through a second, non-headless Service.',
    url: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
  },
  check({ resource }) {
    const type = effectiveServiceType(resource);
    if (!NO_HEADLESS.has(type) || !isHeadless(resource)) return [];
    const node = clusterIPNode(resource);
    if (!node) return [];
    const path = pathOf(node);
    return [
      {
        ruleId: this.id,
        range: node.range,
        path,
        message: `${path} "None": may not be set to 'None' for ${type} services (spec.type ${quote(type)})`,
      },
    ];
  },
};
