import { t } from '../l10n/messages';
import { pathOf } from '../model/access';
import { quote } from '../model/names';
import { clusterIPNode, effectiveServiceType, isHeadless } from '../model/service';
import { ruleDocs, type Rule } from './types';

const NO_HEADLESS = new Set(['LoadBalancer', 'NodePort']);

export const svcHeadlessTypeInvalid: Rule = {
  id: 'svc-headless-type-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-headless-type-invalid', 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services'),
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
        message: t('rule.svc-headless-type-invalid.message', path, type, quote(type)),
      },
    ];
  },
};
