import { getPath } from '../model/access';
import { quote } from '../model/names';
import { lookUpService, lookupData, relatedAt } from '../model/serviceLookup';
import { atServiceName } from './governingService';
import { defineRule } from './defineRule';
import { readsGoverningService } from './crossFileReads';

export default defineRule({
  id: 'sts-service-namespace-mismatch',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'workspace', dependsOn: readsGoverningService, changesRollout: true,
    docs: {
      summary:
        "The Service named by `spec.serviceName` exists only in another namespace. A pod's subdomain is resolved in the pod's own namespace, so the StatefulSet's pods get no DNS records from it. An omitted namespace means `default`.",
      remediation: 'Put the StatefulSet and its headless Service in the same namespace (set `metadata.namespace` on both, or on neither).',
      url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-hostname-and-subdomain-fields',
    },
  },
  messages: {
    message:
      'spec.serviceName {0}: Service {0} exists only in {1}, but this StatefulSet is in namespace {2}; pods resolve their Service in their own namespace',
    namespace: 'namespace {0}',
    namespaces: 'namespaces {0}',
    related: 'Service {0} is in namespace {1}',
  },
  check(ctx) {
    const { resource, index } = ctx;
    const lookup = lookUpService(resource, index);
    if (!lookup || lookup.sameNamespace.length > 0 || lookup.otherNamespaces.length === 0) return;
    const { serviceName } = lookup;
    const namespaces = [...new Set(lookup.otherNamespaces.map((svc) => svc.namespace))];
    const where =
      namespaces.length === 1
        ? ctx.t('namespace', quote(namespaces[0]))
        : ctx.t('namespaces', namespaces.map((ns) => quote(ns)).join(', '));
    ctx.report({
      ...atServiceName(lookup),
      messageId: 'message', args: [quote(serviceName.value), where, quote(lookup.namespace)],
      related: lookup.otherNamespaces.map((svc) =>
        relatedAt(svc, getPath(svc.root, 'metadata.namespace') ? 'metadata.namespace' : undefined, ctx.t('related', quote(serviceName.value), quote(svc.namespace))),
      ),
      data: lookupData(lookup, { serviceNamespaces: namespaces }),
    });
  },
});
