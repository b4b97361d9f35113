import { getPath, getSeq, pathOf } from '../model/access';
import { quote } from '../model/names';
import type { Resource } from '../model/resource';
import { CLUSTER_IP_NONE, clusterIPOf, effectiveServiceType, isIPv6Address, isValidIP } from '../model/service';
import { isScalar, type YNode, type YSeq } from '../model/types';
import type { Finding, Rule } from './types';

const IP_EXAMPLE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

export const svcClusterIpInvalid: Rule = {
  id: 'svc-cluster-ip-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      '`spec.clusterIP` must be `None` (exactly, case-sensitive) or a valid IP address; `none` is rejected as an invalid IP. `spec.clusterIPs` needs `clusterIP` too, must start with it, holds at most 2 addresses (one per IP family), and `None` must be its only value. ExternalName Services take neither.',
    remediation:
      'Write `clusterIP: None` for a headless Service, or omit `clusterIP` to have one allocated. Set `clusterIPs` only together with `clusterIP` (its first value equal to `clusterIP`).',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
  },
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
  if (value.toLowerCase() === 'none') return `${IP_EXAMPLE}; a headless Service needs "None", with a capital N`;
  return IP_EXAMPLE;
}

function externalNameFindings(ruleId: string, resource: Resource, ips: YSeq | undefined): Finding[] {
  const single = clusterIPOf(resource);
  const node = single ? getPath(resource.root, 'spec.clusterIP') : ips;
  if (!node) return [];
  const shown = single ? quote(single.value) : JSON.stringify(ips!.items.map((i) => (isScalar(i) ? i.value : null)));
  return [at(ruleId, node, `${pathOf(node)} ${shown}: Forbidden: may not be set for ExternalName services`)];
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
  if (!single) return [at(ruleId, ips, `spec.clusterIPs ${shown}: must be empty when \`clusterIP\` is not specified (set clusterIP to its first value)`)];
  const out: Finding[] = [];
  if (values[0] !== undefined && values[0] !== single.value) {
    out.push(at(ruleId, ips.items[0], `spec.clusterIPs[0] ${quote(values[0])}: first value must match \`clusterIP\` (${quote(single.value)})`));
  }
  values.forEach((value, i) => {
    if (value === undefined) return;
    if (value === CLUSTER_IP_NONE && ips.items.length > 1) {
      out.push(at(ruleId, ips.items[i], `spec.clusterIPs[${i}] "None": 'None' must be the first and only value`));
      return;
    }
    const problem = ipProblem(value);
    // clusterIPs[0] equal to a bad clusterIP was already reported there.
    if (problem && !(i === 0 && value === single.value)) out.push(at(ruleId, ips.items[i], `spec.clusterIPs[${i}] ${quote(value)}: ${problem}`));
  });
  if (ips.items.length > 2) out.push(at(ruleId, ips, `spec.clusterIPs ${shown}: may only hold up to 2 values`));
  else if (out.length === 0 && values.length === 2 && values.every((v) => v !== undefined && isValidIP(v))) {
    if (isIPv6Address(values[0]!) === isIPv6Address(values[1]!)) {
      out.push(at(ruleId, ips, `spec.clusterIPs ${shown}: may specify no more than one IP for each IP family`));
    }
  }
  return out;
}
