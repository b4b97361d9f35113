import { t } from '../l10n/messages';
import { getMap, getSeq } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { CLUSTER_IP_NONE, clusterIPNode, clusterIPsOf, effectiveServiceType, isHeadless } from '../model/service';
import { isScalar } from '../model/types';
import { editTargetOf, replaceItems, setKey } from './edit/yamlEdits';
import { chosenService, lookUpService, lookupData, relatedAt } from '../model/serviceLookup';
import { ruleDocs, type Fix, type RelatedInfo, type Rule, type RuleContext } from './types';

export const stsServiceNotHeadless: Rule = {
  id: 'sts-service-not-headless',
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'workspace',
  docs: ruleDocs('sts-service-not-headless', 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services'),
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
        message: t('rule.sts-service-not-headless.message', quote(serviceName.value), why),
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
  const title = t('rule.sts-service-not-headless.fix.makeHeadless', quote(lookup.serviceName.value));
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
    return {
      why: t('rule.sts-service-not-headless.why.externalName'),
      related: relatedAt(svc, 'spec.type', t('rule.sts-service-not-headless.related.externalName', name)),
    };
  }
  const node = clusterIPNode(svc);
  const path = node?.parent?.kind === 'seq' ? 'spec.clusterIPs' : 'spec.clusterIP';
  const value = clusterIPValue(svc);
  if (value === undefined) {
    return {
      why: t('rule.sts-service-not-headless.why.noClusterIP'),
      related: relatedAt(svc, undefined, t('rule.sts-service-not-headless.related.noClusterIP', name)),
    };
  }
  const related: RelatedInfo = { resource: svc, range: node!.range, message: t('rule.sts-service-not-headless.related.clusterIP', name) };
  if (value === CLUSTER_IP_NONE) {
    const ips = clusterIPsOf(svc).map((ip) => ip.value);
    return { why: t('rule.sts-service-not-headless.why.clusterIPs', JSON.stringify(ips)), related };
  }
  if (value.toLowerCase() === CLUSTER_IP_NONE.toLowerCase()) {
    return { why: t('rule.sts-service-not-headless.why.case', path, quote(value)), related };
  }
  return { why: t('rule.sts-service-not-headless.why.value', path, quote(value)), related };
}
