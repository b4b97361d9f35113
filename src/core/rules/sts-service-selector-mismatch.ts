import { toStringMap } from '../model/access';
import { quote } from '../model/names';
import { serviceSelectorNode } from '../model/service';
import { alignPairs, editTargetOf } from './edit/yamlEdits';
import { chosenService, lookUpService, lookupData, relatedAt } from './serviceLookup';
import type { Rule } from './types';

export const stsServiceSelectorMismatch: Rule = {
  id: 'sts-service-selector-mismatch',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'workspace',
  docs: {
    summary:
      'The `spec.selector` of the Service named by `spec.serviceName` does not select the pod template labels, so the pods never enter its EndpointSlices and get no per-pod DNS records (web-0.nginx).',
    remediation:
      'Make every `key: value` of the Service\'s `spec.selector` a label of `spec.template.metadata.labels` (usually the same labels as the StatefulSet\'s `spec.selector.matchLabels`).',
    url: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  },
  check({ resource, index }) {
    const lookup = lookUpService(resource, index);
    const svc = lookup && chosenService(lookup);
    const selectorNode = svc && serviceSelectorNode(svc);
    if (!lookup || !svc || !selectorNode) return [];
    const selector = toStringMap(selectorNode);
    const differences: string[] = [];
    for (const [key, value] of selector) {
      const actual = lookup.labels.get(key);
      if (actual === value) continue;
      differences.push(actual === undefined ? `${key}=${quote(value)} but the pods have no ${key} label` : `${key}=${quote(value)} but the pods have ${key}=${quote(actual)}`);
    }
    if (differences.length === 0) return [];
    const { serviceName } = lookup;
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: `spec.serviceName ${quote(serviceName.value)}: the selector of Service ${quote(serviceName.value)} does not select this StatefulSet's pods (${differences.join('; ')})`,
        related: [relatedAt(svc, 'spec.selector', `selector of Service ${quote(serviceName.value)}`)],
        data: lookupData(lookup, { serviceUri: svc.uri, selector: Object.fromEntries(selector) }),
      },
    ];
  },
  fixes(_finding, ctx) {
    const lookup = lookUpService(ctx.resource, ctx.index);
    const svc = lookup && chosenService(lookup);
    const selectorNode = svc && serviceSelectorNode(svc);
    const target = svc && editTargetOf(svc, ctx);
    if (!lookup || !selectorNode || !target || lookup.labels.size === 0) return [];
    // Keys the pods have get their value; keys they lack go; the selector's other pairs stay.
    const edits = alignPairs(target, selectorNode, lookup.labels, { add: false });
    return [{ title: `Set the selector of Service ${quote(lookup.serviceName.value)} to the pod labels`, isPreferred: true, edits }];
  },
};
