import { getString } from '../model/access';
import { quote } from '../model/names';
import { defineRule } from './defineRule';

const SUPPORTED = ['OrderedReady', 'Parallel'];

export default defineRule({
  id: 'sts-pod-management-policy-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`spec.podManagementPolicy` must be `OrderedReady` (the default) or `Parallel`, spelled exactly so; the apiserver rejects anything else.',
      remediation:
        'Use `Parallel` to start and stop pods all at once, or remove the field (or write `OrderedReady`) for one-at-a-time ordering.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies',
    },
  },
  messages: {
    message: "spec.podManagementPolicy: Invalid value: {0}: must be 'OrderedReady' or 'Parallel'",
  },
  check(ctx) {
    const { resource } = ctx;
    const policy = getString(resource.root, 'spec.podManagementPolicy');
    // "" is defaulted to OrderedReady before validation.
    if (!policy || policy.value === '' || SUPPORTED.includes(policy.value)) return;
    const suggestion = SUPPORTED.find((s) => s.toLowerCase() === policy.value.toLowerCase());
    return ctx.report({
      range: policy.range,
      path: 'spec.podManagementPolicy',
      messageId: 'message', args: [quote(policy.value)],
      data: suggestion ? { suggestion } : undefined,
    });
  },
});
