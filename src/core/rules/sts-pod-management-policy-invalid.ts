import { quote } from '../model/names';
import { POD_MANAGEMENT_POLICIES } from '../model/enums';
import { defineRule } from './defineRule';
import { suggestionData, unsupportedValue } from './fields';

const PATH = 'spec.podManagementPolicy';

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
    source: 'ValidateStatefulSetSpec',
  },
  messages: {
    message: "spec.podManagementPolicy: Invalid value: {0}: must be 'OrderedReady' or 'Parallel'",
  },
  check(ctx) {
    const found = unsupportedValue(ctx.resource.root, PATH, POD_MANAGEMENT_POLICIES);
    if (found) ctx.report({ range: found.value.range, path: PATH, messageId: 'message', args: [quote(found.value.value)], data: suggestionData(found) });
  },
});
