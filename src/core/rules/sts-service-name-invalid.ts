import { dns1123LabelProblem, quote } from '../model/names';
import { serviceNameOf } from '../model/statefulSet';
import { defineRule } from './defineRule';
import { nameProblem } from './fields';


export default defineRule({
  id: 'sts-service-name-invalid',
  meta: {
    refusedOnCreateSince: '1.33',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        "`spec.serviceName` becomes every pod's `subdomain`, which must be a DNS-1123 label. Since v1.33 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate ... spec.subdomain: Invalid value`).",
      remediation:
        'Set `spec.serviceName` to the name of the headless Service that governs the set (lowercase letters, digits and `-`, at most 63 characters).',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id',
    },
    source: 'ValidateStatefulSetSpec',
  },
  messages: {
    message: 'spec.serviceName: Invalid value: {0}: {1}',
  },
  check(ctx) {
    const found = nameProblem(serviceNameOf(ctx.resource), dns1123LabelProblem);
    if (found) ctx.report({ range: found.name.range, path: 'spec.serviceName', messageId: 'message', args: [quote(found.name.value), found.problem] });
  },
});
