import { getNumber } from '../model/access';
import { defineRule } from './defineRule';

const PATH = 'spec.template.spec.activeDeadlineSeconds';

export default defineRule({
  id: 'sts-active-deadline-forbidden',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`activeDeadlineSeconds` kills a pod after a fixed time, which makes no sense for the long-running pods of a StatefulSet; the apiserver forbids it in the pod template.',
      remediation: 'Remove `activeDeadlineSeconds` from `spec.template.spec`. For work with a deadline use a Job.',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#lifecycle',
    },
    source: 'ValidatePodTemplateSpecForStatefulSet',
  },
  messages: {
    message: '{0}: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported (value {1})',
  },
  check(ctx) {
    const { resource } = ctx;
    const value = getNumber(resource.root, PATH);
    if (!value) return;
    return ctx.report({ range: value.range, path: PATH, messageId: 'message', args: [PATH, value.value] });
  },
});
