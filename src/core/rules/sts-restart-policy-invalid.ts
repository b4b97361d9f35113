import { getString } from '../model/access';
import { quote } from '../model/names';
import { defineRule } from './defineRule';

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
  },
  messages: {
    message: '{0}: Unsupported value: {1}: supported values: "Always"',
  },
  check(ctx) {
    const { resource } = ctx;
    const policy = getString(resource.root, PATH);
    // "" is defaulted to Always.
    if (!policy || policy.value === '' || policy.value === 'Always') return;
    return ctx.report({ range: policy.range, path: PATH, messageId: 'message', args: [PATH, quote(policy.value)] });
  },
});
