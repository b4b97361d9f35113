// Only with a baseline (`check --baseline`): the Service changes ValidateServiceUpdate refuses
// besides the cluster IP (svc-update-cluster-ip-immutable): validateLoadBalancerClassField and
// validateServiceExternalTrafficFieldsUpdate (docs/change-model.md §2).
import { reportRange } from '../change/paths';
import { findServiceFieldChanges } from '../change/serviceFieldUpdate';
import { defineRule } from './defineRule';
import { revertData, revertFixes } from './edit/revert';
import { readsNoOtherFile } from './crossFileReads';

export default defineRule({
  id: 'svc-update-forbidden',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'workspace', dependsOn: readsNoOtherFile,
    docs: {
      summary:
        'Compared with the baseline (`--baseline REF`), the edit changes a Service field that cannot change in place: `spec.loadBalancerClass` of a LoadBalancer Service (`may not change once set`, also when it is added or removed), or an explicit `spec.healthCheckNodePort` of a LoadBalancer with `externalTrafficPolicy: Local` (`field is immutable`).',
      remediation:
        'Keep the baseline value, or delete the Service and create it again (`kubectl delete service NAME`, then apply): its load balancer is replaced and clients see a gap.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#load-balancer-class',
    },
    comparesWithBaseline: true,
    source: 'ValidateServiceUpdate',
  },
  messages: {
    loadBalancerClass: 'spec.loadBalancerClass: Invalid value: {0}: may not change once set (the baseline has {1})',
    healthCheckNodePort: 'spec.healthCheckNodePort: Forbidden: field is immutable (the baseline has {0}, now {1})',
    related: 'baseline value: {0}',
    'fix.revert': 'Revert to the committed value',
  },
  check(ctx) {
    const { resource, baseline } = ctx;
    if (!baseline) return;
    for (const change of findServiceFieldChanges(resource, baseline)) {
      const args = change.field === 'loadBalancerClass' ? [change.after, change.before] : [change.before, change.after];
      const related = change.baselineNode ? [{ resource: baseline, range: reportRange(change.baselineNode), message: ctx.t('related', change.before) }] : [];
      const path = `spec.${change.field}`;
      ctx.report({ range: change.node.range, path, messageId: change.field, args, related, data: { revert: revertData(baseline, path) } });
    }
  },
  fixes: (finding, ctx) => revertFixes(finding, ctx, ctx.t('fix.revert')),
});
