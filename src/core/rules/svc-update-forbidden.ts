// Only with a baseline (`check --baseline`): the Service changes ValidateServiceUpdate refuses
// besides the cluster IP (svc-update-cluster-ip-immutable): validateLoadBalancerClassField and
// validateServiceExternalTrafficFieldsUpdate (docs/change-model.md §2).
import { getPath, getString } from '../model/access';
import type { Resource } from '../model/resource';
import { effectiveServiceType } from '../model/service';
import { needsHealthCheck } from '../model/serviceFields';
import { isScalar, type YNode } from '../model/types';
import { reportRange } from '../change/paths';
import { defineRule } from './defineRule';

const isLoadBalancer = (svc: Resource) => effectiveServiceType(svc) === 'LoadBalancer';

function numberAt(svc: Resource, path: string): { value: number; node: YNode } | undefined {
  const node = getPath(svc.root, path);
  return isScalar(node) && typeof node.value === 'number' && node.value !== 0 ? { value: node.value, node } : undefined;
}

export default defineRule({
  id: 'svc-update-forbidden',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'workspace',
    docs: {
      summary:
        'Compared with the baseline (`--baseline REF`), the edit changes a Service field that cannot change in place: `spec.loadBalancerClass` of a LoadBalancer Service (`may not change once set`, also when it is added or removed), or an explicit `spec.healthCheckNodePort` of a LoadBalancer with `externalTrafficPolicy: Local` (`field is immutable`).',
      remediation:
        'Keep the baseline value, or delete the Service and create it again (`kubectl delete service NAME`, then apply): its load balancer is replaced and clients see a gap.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#load-balancer-class',
    },
    source: 'ValidateServiceUpdate',
  },
  messages: {
    loadBalancerClass: 'spec.loadBalancerClass: Invalid value: {0}: may not change once set (the baseline has {1})',
    healthCheckNodePort: 'spec.healthCheckNodePort: Forbidden: field is immutable (the baseline has {0}, now {1})',
    related: 'baseline value: {0}',
  },
  check(ctx) {
    const { resource, baseline } = ctx;
    if (!baseline) return;
    const related = (node: YNode | undefined, value: string) => (node ? [{ resource: baseline, range: reportRange(node), message: ctx.t('related', value) }] : []);
    if (isLoadBalancer(resource) && isLoadBalancer(baseline)) {
      const [before, after] = [getString(baseline.root, 'spec.loadBalancerClass'), getString(resource.root, 'spec.loadBalancerClass')];
      const [shownBefore, shownAfter] = [before ? JSON.stringify(before.value) : 'null', after ? JSON.stringify(after.value) : 'null'];
      const at = after ? after.range : reportRange(getPath(resource.root, 'spec.type')!);
      if (before?.value !== after?.value) ctx.report({ range: at, path: 'spec.loadBalancerClass', messageId: 'loadBalancerClass', args: [shownAfter, shownBefore], related: related(getPath(baseline.root, 'spec.loadBalancerClass'), shownBefore) });
    }
    if (!needsHealthCheck(resource) || !needsHealthCheck(baseline)) return;
    // patchAllocatedValues keeps the live port when the manifest leaves it out (or writes 0).
    const [before, after] = [numberAt(baseline, 'spec.healthCheckNodePort'), numberAt(resource, 'spec.healthCheckNodePort')];
    if (before && after && before.value !== after.value) {
      ctx.report({ range: after.node.range, path: 'spec.healthCheckNodePort', messageId: 'healthCheckNodePort', args: [before.value, after.value], related: related(before.node, String(before.value)) });
    }
  },
});
