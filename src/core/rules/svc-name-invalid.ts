import { dns1035LabelProblem, quote } from '../model/names';
import { defineRule } from './defineRule';
import { nameProblem } from './fields';

export default defineRule({
  id: 'svc-name-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        'A Service name must be a DNS-1035 label: at most 63 lower-case letters, digits and `-`, starting with a letter and ending with a letter or digit. The apiserver rejects anything else (so a StatefulSet `serviceName` such as `2nginx`, a valid DNS-1123 label, can never name a real Service).',
      remediation: 'Rename the Service (and every `serviceName` that refers to it), e.g. `nginx-2` instead of `2nginx`.',
      url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#rfc-1035-label-names',
    },
    source: 'ValidateServiceName',
  },
  messages: {
    message: 'metadata.name {0} is not a valid Service name: {1}',
  },
  check(ctx) {
    const found = nameProblem(ctx.resource.name, dns1035LabelProblem);
    if (found) ctx.report({ range: found.name.range, path: 'metadata.name', messageId: 'message', args: [quote(found.name.value), found.problem] });
  },
});
