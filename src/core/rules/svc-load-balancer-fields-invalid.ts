import { getKey, getPath, getSeq, getString, isSet } from '../model/access';
import { forbidden, invalid, type FieldProblem } from '../model/fieldProblem';
import { labelKeyProblems } from '../model/labelSyntax';
import type { Resource } from '../model/resource';
import { effectiveServiceType } from '../model/service';
import { isValidCIDR, stringItems } from '../model/serviceFields';
import { isScalar, type Range } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, reportProblems } from './problemReport';

type LoadBalancerProblem = FieldProblem<'invalid' | 'forbidden'>;

const ONLY_LOAD_BALANCER = "may only be used when `type` is 'LoadBalancer'";
const CIDR_DETAIL = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
// Upstream names the field with a capital L in this one error path.
const SOURCE_RANGES_PATH = 'spec.LoadBalancerSourceRanges';

export default defineRule({
  id: 'svc-load-balancer-fields-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        '`loadBalancerSourceRanges` (or its annotation `service.beta.kubernetes.io/load-balancer-source-ranges`), `loadBalancerClass` and `allocateLoadBalancerNodePorts` are only allowed with `type: LoadBalancer`; each source range must be a CIDR such as `10.0.0.0/8`, and the class a qualified name such as `example.com/internal-lb`.',
      remediation:
        'Remove these fields from ClusterIP, NodePort and headless Services (a StatefulSet\'s headless Service never needs them), or make the Service `type: LoadBalancer`; write source ranges as `address/prefix`.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer',
    },
    source: 'ValidateService',
  },
  messages: problemMessages('invalid', 'forbidden'),
  check(ctx) {
    const svc = ctx.resource;
    const isLoadBalancer = effectiveServiceType(svc) === 'LoadBalancer';
    reportProblems(ctx, [...sourceRangeProblems(svc, isLoadBalancer), ...classAndPortProblems(svc, isLoadBalancer)]);
  },
});

/** The spec field when it has items, else the annotation, as ValidateService reads them. */
function sourceRangeProblems(svc: Resource, isLoadBalancer: boolean): LoadBalancerProblem[] {
  const ranges = getSeq(svc.root, 'spec.loadBalancerSourceRanges');
  if (ranges && ranges.items.length > 0) {
    const out: LoadBalancerProblem[] = isLoadBalancer ? [] : [forbidden(SOURCE_RANGES_PATH, keyOrValue(ranges), ONLY_LOAD_BALANCER)];
    for (const item of stringItems(svc, 'spec.loadBalancerSourceRanges')) {
      // A historical accident: the values may be space-padded.
      if (!isValidCIDR(item.value.trim())) out.push(invalid(`${SOURCE_RANGES_PATH}[${item.index}]`, item.range, item.value.trim(), CIDR_DETAIL));
    }
    return out;
  }
  const annotation = annotationValue(svc);
  if (!annotation) return [];
  const path = `metadata.annotations[${SOURCE_RANGES_ANNOTATION}]`;
  const out: LoadBalancerProblem[] = isLoadBalancer ? [] : [forbidden(path, annotation.range, ONLY_LOAD_BALANCER)];
  const text = annotation.value.trim();
  if (text === '') return out;
  for (const cidr of text.split(',').map((part) => part.trim())) {
    if (!isValidCIDR(cidr)) out.push(invalid(path, annotation.range, cidr, CIDR_DETAIL));
  }
  return out;
}

/** The annotation's value (its key has dots, so getPath cannot reach it). */
function annotationValue(svc: Resource): { value: string; range: Range } | undefined {
  const node = getKey(getPath(svc.root, 'metadata.annotations'), SOURCE_RANGES_ANNOTATION);
  return isScalar(node) && typeof node.value === 'string' ? { value: node.value, range: node.range } : undefined;
}

/** validateLoadBalancerClassField, and allocateLoadBalancerNodePorts on other types. */
function classAndPortProblems(svc: Resource, isLoadBalancer: boolean): LoadBalancerProblem[] {
  const out: LoadBalancerProblem[] = [];
  const allocate = getPath(svc.root, 'spec.allocateLoadBalancerNodePorts');
  if (!isLoadBalancer && isSet(allocate)) out.push(forbidden('spec.allocateLoadBalancerNodePorts', keyOrValue(allocate!), ONLY_LOAD_BALANCER));
  const lbClass = getString(svc.root, 'spec.loadBalancerClass');
  if (!lbClass) return out;
  if (!isLoadBalancer) return [...out, forbidden('spec.loadBalancerClass', lbClass.range, ONLY_LOAD_BALANCER)];
  return [...out, ...labelKeyProblems(lbClass.value).map((detail) => invalid('spec.loadBalancerClass', lbClass.range, lbClass.value, detail))];
}

function keyOrValue(node: { keyRange?: Range; range: Range }): Range {
  return node.keyRange ?? node.range;
}
