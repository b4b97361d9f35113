import { getMap, getSeq } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { CLUSTER_IP_NONE, clusterIPNode, clusterIPsOf, effectiveServiceType, isHeadless } from '../model/service';
import { isScalar } from '../model/types';
import { editTargetOf, replaceItems, setKey } from './edit/yamlEdits';
import { lookupData, relatedAt } from '../model/serviceLookup';
import { atServiceName, governingService } from './governingService';
import { defineRule, type FixContext, type Translate } from './defineRule';
import type { Fix, RelatedInfo } from './types';
import { readsGoverningService } from './crossFileReads';

export default defineRule({
  id: 'sts-service-not-headless',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'workspace', dependsOn: readsGoverningService, changesRollout: true,
    docs: {
      summary:
        'The Service named by `spec.serviceName` is not headless. DNS publishes per-pod records (web-0.nginx) only for a headless Service, one whose `spec.clusterIP` is exactly `None` (case-sensitive: `none` is rejected as an invalid IP).',
      remediation:
        'Set `clusterIP: None` on the Service. An existing Service cannot be switched in place (clusterIP may not change once set): delete and recreate it. Keep a separate ClusterIP Service if clients need a load-balanced address.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
    },
  },
  messages: {
    message: 'spec.serviceName {0}: Service {0} is not headless ({1}); pods get stable DNS names only from a Service with clusterIP: None',
    'why.externalName': 'spec.type "ExternalName"',
    'why.noClusterIP': 'it has no spec.clusterIP, so it gets a cluster IP',
    'why.clusterIPs': 'spec.clusterIPs {0} must be exactly ["None"]',
    'why.case': '{0} {1} must be written "None", case-sensitive',
    'why.value': '{0} {1}',
    'related.externalName': 'Service {0} is of type ExternalName',
    'related.noClusterIP': 'Service {0} has no clusterIP: None',
    'related.clusterIP': 'clusterIP of Service {0}',
    'fix.makeHeadless': 'Make Service {0} headless (clusterIP: None); a live Service cannot be changed in place: delete and recreate it',
  },
  check(ctx) {
    const governing = governingService(ctx);
    if (!governing || isHeadless(governing.svc)) return;
    const { lookup, svc } = governing;
    const { why, related } = describeNotHeadless(ctx.t, svc);
    ctx.report({
      ...atServiceName(lookup),
      messageId: 'message', args: [quote(lookup.serviceName.value), why],
      related: [related],
      data: lookupData(lookup, { serviceUri: svc.uri, clusterIP: clusterIPValue(svc) }),
    });
  },
  fixes(_finding, ctx) {
    return makeHeadless(ctx);
  },
});

/**
 * `clusterIP: None` in the Service's spec (and `clusterIPs: [None]` when that list is written).
 * Not offered for ExternalName Services, which have no cluster IP to give up.
 */
function makeHeadless(ctx: FixContext<'fix.makeHeadless'>): Fix[] {
  const governing = governingService(ctx);
  const svc = governing?.svc;
  const spec = svc && getMap(svc.root, 'spec');
  const target = svc && editTargetOf(svc, ctx);
  if (!governing || !svc || !spec || !target || effectiveServiceType(svc) === 'ExternalName') return [];
  const edits = [setKey(target, spec, 'clusterIP', CLUSTER_IP_NONE)];
  const ips = getSeq(svc.root, 'spec.clusterIPs');
  if (ips && ips.items.length > 0 && !isHeadlessList(svc)) edits.push(replaceItems(target, ips, [CLUSTER_IP_NONE]));
  const title = ctx.t('fix.makeHeadless', quote(governing.lookup.serviceName.value));
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

type Why = 'why.externalName' | 'why.noClusterIP' | 'why.clusterIPs' | 'why.case' | 'why.value';
type Related = 'related.externalName' | 'related.noClusterIP' | 'related.clusterIP';

function describeNotHeadless(t: Translate<Why | Related>, svc: Resource): { why: string; related: RelatedInfo } {
  const name = quote(svc.name?.value ?? '');
  const type = effectiveServiceType(svc);
  if (type === 'ExternalName') {
    return {
      why: t('why.externalName'),
      related: relatedAt(svc, 'spec.type', t('related.externalName', name)),
    };
  }
  const node = clusterIPNode(svc);
  const path = node?.parent?.kind === 'seq' ? 'spec.clusterIPs' : 'spec.clusterIP';
  const value = clusterIPValue(svc);
  if (value === undefined) {
    return {
      why: t('why.noClusterIP'),
      related: relatedAt(svc, undefined, t('related.noClusterIP', name)),
    };
  }
  const related: RelatedInfo = { resource: svc, range: node!.range, message: t('related.clusterIP', name) };
  if (value === CLUSTER_IP_NONE) {
    const ips = clusterIPsOf(svc).map((ip) => ip.value);
    return { why: t('why.clusterIPs', JSON.stringify(ips)), related };
  }
  if (value.toLowerCase() === CLUSTER_IP_NONE.toLowerCase()) {
    return { why: t('why.case', path, quote(value)), related };
  }
  return { why: t('why.value', path, quote(value)), related };
}
