import { quote } from '../model/names';
import { defineRule } from './defineRule';
import { unsupportedValue } from './fields';

const PATH = 'spec.template.spec.restartPolicy';

export default defineRule({
  id: 'sts-restart-policy-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        "StatefulSet pods run forever, so the pod template's `restartPolicy` may only be `Always` (the default when omitted); the apiserver rejects `OnFailure` and `Never`.",
      remediation: 'Remove `restartPolicy` from the pod template (or write `Always`). For run-to-completion work use a Job.',
      url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
    },
    source: 'ValidatePodTemplateSpecForStatefulSet',
  },
  messages: {
    message: '{0}: Unsupported value: {1}: supported values: "Always"',
  },
  check(ctx) {
    const found = unsupportedValue(ctx.resource.root, PATH, ['Always']);
    if (found) ctx.report({ range: found.value.range, path: PATH, messageId: 'message', args: [PATH, quote(found.value.value)] });
  },
});
