import { t } from '../l10n/messages';
import { getPath, getSeq, pathOf } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { CLUSTER_IP_NONE, clusterIPOf, effectiveServiceType, isIPv6Address, isValidIP } from '../model/service';
import { isScalar, type YNode, type YSeq } from '../model/types';
import { ruleDocs, type Finding, type Rule } from './types';

const IP_EXAMPLE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

export const svcClusterIpInvalid: Rule = {
  id: 'svc-cluster-ip-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-cluster-ip-invalid', 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec'),
  check({ resource }) {
    const ipsNode = getSeq(resource.root, 'spec.clusterIPs');
    const ips = ipsNode && ipsNode.items.length > 0 ? ipsNode : undefined;
    if (effectiveServiceType(resource) === 'ExternalName') return externalNameFindings(this.id, resource, ips);
    return [...clusterIPFindings(this.id, resource), ...clusterIPsFindings(this.id, resource, ips)];
  },
};

function at(ruleId: string, node: YNode, message: string): Finding {
  const range = node.kind === 'scalar' ? node.range : node.keyRange ?? node.range;
  return { ruleId, range, path: pathOf(node), message };
}

function ipProblem(value: string): string | undefined {
  if (value === CLUSTER_IP_NONE || isValidIP(value)) return undefined;
  if (value.toLowerCase() === 'none') return t('rule.svc-cluster-ip-invalid.noneCapital', IP_EXAMPLE);
  return IP_EXAMPLE;
}

function externalNameFindings(ruleId: string, resource: Resource, ips: YSeq | undefined): Finding[] {
  const single = clusterIPOf(resource);
  const node = single ? getPath(resource.root, 'spec.clusterIP') : ips;
  if (!node) return [];
  const shown = single ? quote(single.value) : JSON.stringify(ips!.items.map((i) => (isScalar(i) ? i.value : null)));
  return [at(ruleId, node, t('rule.svc-cluster-ip-invalid.externalName', pathOf(node), shown))];
}

function clusterIPFindings(ruleId: string, resource: Resource): Finding[] {
  const single = clusterIPOf(resource);
  const problem = single && ipProblem(single.value);
  if (!single || !problem) return [];
  return [{ ruleId, range: single.range, path: 'spec.clusterIP', message: `spec.clusterIP ${quote(single.value)}: ${problem}` }];
}

function clusterIPsFindings(ruleId: string, resource: Resource, ips: YSeq | undefined): Finding[] {
  if (!ips) return [];
  const single = clusterIPOf(resource);
  const values = ips.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined));
  const shown = JSON.stringify(values);
  if (!single) return [at(ruleId, ips, t('rule.svc-cluster-ip-invalid.ipsWithoutIp', 'spec.clusterIPs', shown))];
  const out: Finding[] = [];
  if (values[0] !== undefined && values[0] !== single.value) {
    out.push(at(ruleId, ips.items[0], t('rule.svc-cluster-ip-invalid.firstMismatch', quote(values[0]), quote(single.value))));
  }
  values.forEach((value, i) => {
    if (value === undefined) return;
    if (value === CLUSTER_IP_NONE && ips.items.length > 1) {
      out.push(at(ruleId, ips.items[i], t('rule.svc-cluster-ip-invalid.noneNotOnly', `spec.clusterIPs[${i}]`)));
      return;
    }
    const problem = ipProblem(value);
    // clusterIPs[0] equal to a bad clusterIP was already reported there.
    if (problem && !(i === 0 && value === single.value)) out.push(at(ruleId, ips.items[i], `spec.clusterIPs[${i}] ${quote(value)}: ${problem}`));
  });
  if (ips.items.length > 2) out.push(at(ruleId, ips, t('rule.svc-cluster-ip-invalid.tooMany', 'spec.clusterIPs', shown)));
  else if (out.length === 0 && values.length === 2 && values.every((v) => v !== undefined && isValidIP(v))) {
    if (isIPv6Address(values[0]!) === isIPv6Address(values[1]!)) {
      out.push(at(ruleId, ips, t('rule.svc-cluster-ip-invalid.sameFamily', 'spec.clusterIPs', shown)));
    }
  }
  return out;
}
