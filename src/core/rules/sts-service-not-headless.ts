import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { CLUSTER_IP_NONE, clusterIPNode, clusterIPsOf, effectiveServiceType, isHeadless } from '../model/service';
import { isScalar } from '../model/types';
import { chosenService, lookUpService, lookupData, relatedAt } from './serviceLookup';
import type { RelatedInfo, Rule } from './types';

export const stsServiceNotHeadless: Rule = {
  id: 'sts-service-not-headless',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'workspace',
  docs: {
    summary:
      'The Service named by `spec.serviceName` is not headless. DNS publishes per-pod records (web-0.nginx) only for a headless Service, one whose `spec.clusterIP` is exactly `None` (case-sensitive: `none` is rejected as an invalid IP).',
    remediation:
      'Set `clusterIP: None` on the Service. An existing Service cannot be switched in place (clusterIP may not change once set): delete and recreate it. Keep a separate ClusterIP Service if clients need a load-balanced address.',
    url: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
  },
  check({ resource, index }) {
    const lookup = lookUpService(resource, index);
    const svc = lookup && chosenService(lookup);
    if (!lookup || !svc || isHeadless(svc)) return [];
    const { serviceName } = lookup;
    const { why, related } = describeNotHeadless(svc);
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: `spec.serviceName ${quote(serviceName.value)}: Service ${quote(serviceName.value)} is not headless (${why}); pods get stable DNS names only from a Service with clusterIP: None`,
        related: [related],
        data: lookupData(lookup, { serviceUri: svc.uri, clusterIP: clusterIPValue(svc) }),
      },
    ];
  },
};

function clusterIPValue(svc: Resource): string | undefined {
  const node = clusterIPNode(svc);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function describeNotHeadless(svc: Resource): { why: string; related: RelatedInfo } {
  const name = quote(svc.name?.value ?? '');
  const type = effectiveServiceType(svc);
  if (type === 'ExternalName') {
    return { why: 'spec.type "ExternalName"', related: relatedAt(svc, 'spec.type', `Service ${name} is of type ExternalName`) };
  }
  const node = clusterIPNode(svc);
  const path = node?.parent?.kind === 'seq' ? 'spec.clusterIPs' : 'spec.clusterIP';
  const value = clusterIPValue(svc);
  if (value === undefined) {
    return { why: 'it has no spec.clusterIP, so it gets a cluster IP', related: relatedAt(svc, undefined, `Service ${name} has no clusterIP: None`) };
  }
  const related: RelatedInfo = { resource: svc, range: node!.range, message: `clusterIP of Service ${name}` };
  if (value === CLUSTER_IP_NONE) {
    const ips = clusterIPsOf(svc).map((ip) => ip.value);
    return { why: `spec.clusterIPs ${JSON.stringify(ips)} must be exactly ["None"]`, related };
  }
  if (value.toLowerCase() === CLUSTER_IP_NONE.toLowerCase()) {
    return { why: `${path} ${quote(value)} must be written "None", case-sensitive`, related };
  }
  return { why: `${path} ${quote(value)}`, related };
}
