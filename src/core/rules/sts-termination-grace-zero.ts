import { getNumber } from '../model/access';
import { defineRule } from './defineRule';

const PATH = 'spec.template.spec.terminationGracePeriodSeconds';

export default defineRule({
  id: 'sts-termination-grace-zero',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A `terminationGracePeriodSeconds` of 0 kills pods without a graceful shutdown. For a StatefulSet the Kubernetes documentation calls this unsafe and strongly discouraged: a force-deleted pod may still be running while its replacement with the same identity and storage starts.',
      remediation: 'Remove the field (default 30 seconds) or give the application enough seconds to shut down cleanly.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#deployment-and-scaling-guarantees',
    },
  },
  messages: {
    message:
      '{0} is 0: pods are killed without a graceful shutdown, which the StatefulSet documentation calls unsafe and strongly discouraged',
  },
  check(ctx) {
    const { resource } = ctx;
    const grace = getNumber(resource.root, PATH);
    if (!grace || grace.value !== 0) return;
    return ctx.report({
      range: grace.range,
      path: PATH,
      messageId: 'message', args: [PATH],
    });
  },
});
