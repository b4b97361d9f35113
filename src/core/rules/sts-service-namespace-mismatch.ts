import { t } from '../l10n/messages';
import { getPath } from '../model/access';
import { quote } from '../model/names';
import { lookUpService, lookupData, relatedAt } from '../model/serviceLookup';
import { ruleDocs, type Rule } from './types';

export const stsServiceNamespaceMismatch: Rule = {
  id: 'sts-service-namespace-mismatch',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'workspace',
  docs: ruleDocs('sts-service-namespace-mismatch', 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields'),
  check({ resource, index }) {
    const lookup = lookUpService(resource, index);
    if (!lookup || lookup.sameNamespace.length > 0 || lookup.otherNamespaces.length === 0) return [];
    const { serviceName } = lookup;
    const namespaces = [...new Set(lookup.otherNamespaces.map((svc) => svc.namespace))];
    const where =
      namespaces.length === 1
        ? t('rule.sts-service-namespace-mismatch.namespace', quote(namespaces[0]))
        : t('rule.sts-service-namespace-mismatch.namespaces', namespaces.map((ns) => quote(ns)).join(', '));
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: t('rule.sts-service-namespace-mismatch.message', quote(serviceName.value), where, quote(lookup.namespace)),
        related: lookup.otherNamespaces.map((svc) =>
          relatedAt(svc, getPath(svc.root, 'metadata.namespace') ? 'metadata.namespace' : undefined, t('rule.sts-service-namespace-mismatch.related', quote(serviceName.value), quote(svc.namespace))),
        ),
        data: lookupData(lookup, { serviceNamespaces: namespaces }),
      },
    ];
  },
};
