import { toStringMap } from '../model/access';
import { quote } from '../model/names';
import { serviceSelectorNode } from '../model/service';
import { alignPairs, editTargetOf } from './edit/yamlEdits';
import { lookupData, relatedAt } from '../model/serviceLookup';
import { atServiceName, governingService } from './governingService';
import { defineRule } from './defineRule';
import { readsGoverningService } from './crossFileReads';

export default defineRule({
  id: 'sts-service-selector-mismatch',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'workspace', dependsOn: readsGoverningService, changesRollout: true,
    docs: {
      summary:
        'The `spec.selector` of the Service named by `spec.serviceName` does not select the pod template labels, so the pods never enter its EndpointSlices and get no per-pod DNS records (web-0.nginx).',
      remediation:
        "Make every `key: value` of the Service's `spec.selector` a label of `spec.template.metadata.labels` (usually the same labels as the StatefulSet's `spec.selector.matchLabels`).",
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
    },
  },
  messages: {
    message: "spec.serviceName {0}: the selector of Service {0} does not select this StatefulSet's pods ({1})",
    'difference.missing': '{0}={1} but the pods have no {0} label',
    'difference.other': '{0}={1} but the pods have {0}={2}',
    separator: '; ',
    related: 'selector of Service {0}',
    'fix.setSelector': 'Set the selector of Service {0} to the pod labels',
  },
  check(ctx) {
    const governing = governingService(ctx);
    const selectorNode = governing && serviceSelectorNode(governing.svc);
    if (!governing || !selectorNode) return;
    const { lookup, svc } = governing;
    const selector = toStringMap(selectorNode);
    const differences: string[] = [];
    for (const [key, value] of selector) {
      const actual = lookup.labels.get(key);
      if (actual === value) continue;
      differences.push(
        actual === undefined
          ? ctx.t('difference.missing', key, quote(value))
          : ctx.t('difference.other', key, quote(value), quote(actual)),
      );
    }
    if (differences.length === 0) return;
    const { serviceName } = lookup;
    ctx.report({
      ...atServiceName(lookup),
      messageId: 'message', args: [quote(serviceName.value), differences.join(ctx.t('separator'))],
      related: [relatedAt(svc, 'spec.selector', ctx.t('related', quote(serviceName.value)))],
      data: lookupData(lookup, { serviceUri: svc.uri, selector: Object.fromEntries(selector) }),
    });
  },
  fixes(_finding, ctx) {
    const governing = governingService(ctx);
    const selectorNode = governing && serviceSelectorNode(governing.svc);
    const target = governing && editTargetOf(governing.svc, ctx);
    if (!governing || !selectorNode || !target || governing.lookup.labels.size === 0) return [];
    const { lookup } = governing;
    // Keys the pods have get their value; keys they lack go; the selector's other pairs stay.
    const edits = alignPairs(target, selectorNode, lookup.labels, { add: false });
    return [{ title: ctx.t('fix.setSelector', quote(lookup.serviceName.value)), isPreferred: true, edits }];
  },
});
