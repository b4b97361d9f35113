import { dns1035LabelProblem, isDns1123Label, quote } from '../model/names';
import { serviceNameOf } from '../model/statefulSet';
import { defineRule } from './defineRule';
import { nameProblem } from './fields';


export default defineRule({
  id: 'sts-service-name-not-dns1035',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'Service names must be DNS-1035 labels, which start with a letter. A `spec.serviceName` that starts with a digit is a valid pod subdomain, so the StatefulSet is accepted, but no Service can ever have that name: the pods never get their per-pod DNS records.',
      remediation:
        'Rename the headless Service so that it starts with a letter (`db-2` instead of `2-db`) and set `spec.serviceName` to it.',
      url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#rfc-1035-label-names',
    },
  },
  messages: {
    message: 'spec.serviceName {0} can never name a Service: {1}',
  },
  check(ctx) {
    // Values that are not even DNS-1123 labels are sts-service-name-invalid's business.
    const found = nameProblem(serviceNameOf(ctx.resource), (value) => (isDns1123Label(value) ? dns1035LabelProblem(value) : undefined));
    if (found) ctx.report({ range: found.name.range, path: 'spec.serviceName', messageId: 'message', args: [quote(found.name.value), found.problem] });
  },
});
