import { getPath, getSeq, pathOf } from '../model/access';
import { quote } from '../model/names';
import { CLUSTER_IP_NONE, clusterIPOf, effectiveServiceType, isIPv6Address, isValidIP } from '../model/service';
import { isScalar, type YNode, type YSeq } from '../model/types';
import { defineRule, type CheckContext, type MessageArgs, type Translate } from './defineRule';

const IP_EXAMPLE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

export default defineRule({
  id: 'svc-cluster-ip-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        '`spec.clusterIP` must be `None` (exactly, case-sensitive) or a valid IP address; `none` is rejected as an invalid IP. `spec.clusterIPs` needs `clusterIP` too, must start with it, holds at most 2 addresses (one per IP family), and `None` must be its only value. ExternalName Services take neither.',
      remediation:
        'Write `clusterIP: None` for a headless Service, or omit `clusterIP` to have one allocated. Set `clusterIPs` only together with `clusterIP` (its first value equal to `clusterIP`).',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
    },
    source: 'ValidateServiceClusterIPsRelatedFields',
  },
  messages: {
    noneCapital: '{0}; a headless Service needs "None", with a capital N',
    externalName: '{0} {1}: Forbidden: may not be set for ExternalName services',
    ipsWithoutIp: '{0} {1}: must be empty when `clusterIP` is not specified (set clusterIP to its first value)',
    firstMismatch: 'spec.clusterIPs[0] {0}: first value must match `clusterIP` ({1})',
    noneNotOnly: '{0} "None": \'None\' must be the first and only value',
    tooMany: '{0} {1}: may only hold up to 2 values',
    sameFamily: '{0} {1}: may specify no more than one IP for each IP family',
    // The apiserver's own wording: the field, the value, what is wrong with it.
    invalidIP: '{0} {1}: {2}',
  },
  check(ctx) {
    const ipsNode = getSeq(ctx.resource.root, 'spec.clusterIPs');
    const ips = ipsNode && ipsNode.items.length > 0 ? ipsNode : undefined;
    if (effectiveServiceType(ctx.resource) === 'ExternalName') return reportExternalName(ctx, ips);
    reportClusterIP(ctx);
    reportClusterIPs(ctx, ips);
  },
});

type MessageId = 'noneCapital' | 'externalName' | 'ipsWithoutIp' | 'firstMismatch' | 'noneNotOnly' | 'tooMany' | 'sameFamily' | 'invalidIP';
type Ctx = CheckContext<MessageId>;

function reportAt(ctx: Ctx, node: YNode, messageId: MessageId, ...args: MessageArgs): void {
  const range = node.kind === 'scalar' ? node.range : node.keyRange ?? node.range;
  ctx.report({ range, path: pathOf(node), messageId, args });
}

function ipProblem(t: Translate<'noneCapital'>, value: string): string | undefined {
  if (value === CLUSTER_IP_NONE || isValidIP(value)) return undefined;
  if (value.toLowerCase() === 'none') return t('noneCapital', IP_EXAMPLE);
  return IP_EXAMPLE;
}

function reportExternalName(ctx: Ctx, ips: YSeq | undefined): undefined {
  const single = clusterIPOf(ctx.resource);
  const node = single ? getPath(ctx.resource.root, 'spec.clusterIP') : ips;
  if (!node) return;
  const shown = single ? quote(single.value) : JSON.stringify(ips!.items.map((i) => (isScalar(i) ? i.value : null)));
  reportAt(ctx, node, 'externalName', pathOf(node), shown);
}

function reportClusterIP(ctx: Ctx): void {
  const single = clusterIPOf(ctx.resource);
  const problem = single && ipProblem(ctx.t, single.value);
  if (!single || !problem) return;
  ctx.report({ range: single.range, path: 'spec.clusterIP', messageId: 'invalidIP', args: ['spec.clusterIP', quote(single.value), problem] });
}

function reportClusterIPs(ctx: Ctx, ips: YSeq | undefined): void {
  if (!ips) return;
  const single = clusterIPOf(ctx.resource);
  const values = ips.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : undefined));
  const shown = JSON.stringify(values);
  if (!single) return reportAt(ctx, ips, 'ipsWithoutIp', 'spec.clusterIPs', shown);
  let reported = 0;
  const report = (node: YNode, messageId: MessageId, ...args: MessageArgs) => {
    reported++;
    reportAt(ctx, node, messageId, ...args);
  };
  if (values[0] !== undefined && values[0] !== single.value) report(ips.items[0], 'firstMismatch', quote(values[0]), quote(single.value));
  values.forEach((value, i) => {
    if (value === undefined) return;
    if (value === CLUSTER_IP_NONE && ips.items.length > 1) return report(ips.items[i], 'noneNotOnly', `spec.clusterIPs[${i}]`);
    const problem = ipProblem(ctx.t, value);
    // clusterIPs[0] equal to a bad clusterIP was already reported there.
    if (problem && !(i === 0 && value === single.value)) report(ips.items[i], 'invalidIP', `spec.clusterIPs[${i}]`, quote(value), problem);
  });
  if (ips.items.length > 2) report(ips, 'tooMany', 'spec.clusterIPs', shown);
  else if (reported === 0 && values.length === 2 && values.every((v) => v !== undefined && isValidIP(v))) {
    if (isIPv6Address(values[0]!) === isIPv6Address(values[1]!)) report(ips, 'sameFamily', 'spec.clusterIPs', shown);
  }
}
