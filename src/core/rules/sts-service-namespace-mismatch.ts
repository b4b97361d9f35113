import { getPath } from '../model/access';
import { quote } from '../model/names';
import { lookUpService, lookupData, relatedAt } from './serviceLookup';
import type { Rule } from './types';

export const stsServiceNamespaceMismatch: Rule = {
  id: 'sts-service-namespace-mismatch',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'workspace',
  docs: {
    summary:
      'The Service named by `spec.serviceName` exists only in another namespace. A pod\'s subdomain is resolved in the pod\'s own namespace, so the StatefulSet\'s pods get no DNS records from it. An omitted namespace means `default`.',
    remediation:
      'Put the StatefulSet and its headless Service in the same namespace (set `metadata.namespace` on both, or on neither).',
    url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
  },
  check({ resource, index }) {
    const lookup = lookUpService(resource, index);
    if (!lookup || lookup.sameNamespace.length > 0 || lookup.otherNamespaces.length === 0) return [];
    const { serviceName } = lookup;
    const namespaces = [...new Set(lookup.otherNamespaces.map((svc) => svc.namespace))];
    const where = namespaces.length === 1 ? `namespace ${quote(namespaces[0])}` : `namespaces ${namespaces.map((ns) => quote(ns)).join(', ')}`;
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: `spec.serviceName ${quote(serviceName.value)}: Service ${quote(serviceName.value)} exists only in ${where}, but this StatefulSet is in namespace ${quote(lookup.namespace)}; pods resolve their Service in their own namespace`,
        related: lookup.otherNamespaces.map((svc) =>
          relatedAt(svc, getPath(svc.root, 'metadata.namespace') ? 'metadata.namespace' : undefined, `Service ${quote(serviceName.value)} is in namespace ${quote(svc.namespace)}`),
        ),
        data: lookupData(lookup, { serviceNamespaces: namespaces }),
      },
    ];
  },
};
