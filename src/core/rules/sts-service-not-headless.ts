import { getMap, getSeq } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { CLUSTER_IP_NONE, clusterIPNode, clusterIPsOf, effectiveServiceType, isHeadless } from '../model/service';
import { isScalar } from '../model/types';
import { editTargetOf, replaceItems, setKey } from './edit/yamlEdits';
import { chosenService, lookUpService, lookupData, relatedAt } from './serviceLookup';
import type { Fix, RelatedInfo, Rule, RuleContext } from './types';

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
  fixes(_finding, ctx) {
    return makeHeadless(ctx);
  },
};

/**
 * `clusterIP: None` in the Service's spec (and `clusterIPs: [None]` when that list is written).
 * Not offered for ExternalName Services, which have no cluster IP to give up.
 */
function makeHeadless(ctx: RuleContext): Fix[] {
  const lookup = lookUpService(ctx.resource, ctx.index);
  const svc = lookup && chosenService(lookup);
  const spec = svc && getMap(svc.root, 'spec');
  const target = svc && editTargetOf(svc, ctx);
  if (!svc || !spec || !target || effectiveServiceType(svc) === 'ExternalName') return [];
  const edits = [setKey(target, spec, 'clusterIP', CLUSTER_IP_NONE)];
  const ips = getSeq(svc.root, 'spec.clusterIPs');
  if (ips && ips.items.length > 0 && !isHeadlessList(svc)) edits.push(replaceItems(target, ips, [CLUSTER_IP_NONE]));
  const title = `Make Service ${quote(lookup.serviceName.value)} headless (clusterIP: None); a live Service cannot be changed in place: delete and recreate it`;
  return [{ title, isPreferred: true, edits }];
}

function isHeadlessList(svc: Resource): boolean {
  const ips = clusterIPsOf(svc);
  return ips.length === 1 && ips[0].value === CLUSTER_IP_NONE;
}

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
