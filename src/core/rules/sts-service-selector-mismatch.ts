import { t } from '../l10n/messages';
import { toStringMap } from '../model/access';
import { quote } from '../model/names';
import { serviceSelectorNode } from '../model/service';
import { alignPairs, editTargetOf } from './edit/yamlEdits';
import { chosenService, lookUpService, lookupData, relatedAt } from '../model/serviceLookup';
import { ruleDocs, type Rule } from './types';

export const stsServiceSelectorMismatch: Rule = {
  id: 'sts-service-selector-mismatch',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'workspace',
  docs: ruleDocs('sts-service-selector-mismatch', 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service'),
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
      differences.push(
        actual === undefined
          ? t('rule.sts-service-selector-mismatch.difference.missing', key, quote(value))
          : t('rule.sts-service-selector-mismatch.difference.other', key, quote(value), quote(actual)),
      );
    }
    if (differences.length === 0) return [];
    const { serviceName } = lookup;
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: t('rule.sts-service-selector-mismatch.message', quote(serviceName.value), differences.join(t('rule.sts-service-selector-mismatch.separator'))),
        related: [relatedAt(svc, 'spec.selector', t('rule.sts-service-selector-mismatch.related', quote(serviceName.value)))],
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
    return [{ title: t('rule.sts-service-selector-mismatch.fix.setSelector', quote(lookup.serviceName.value)), isPreferred: true, edits }];
  },
};
