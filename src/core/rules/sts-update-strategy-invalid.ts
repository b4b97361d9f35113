import { quote } from '../model/names';
import { UPDATE_STRATEGY_TYPES } from '../model/enums';
import { defineRule } from './defineRule';
import { suggestionData, unsupportedValue } from './fields';

const PATH = 'spec.updateStrategy.type';

export default defineRule({
  id: 'sts-update-strategy-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`spec.updateStrategy.type` must be `RollingUpdate` (the default when omitted) or `OnDelete`, spelled exactly so; the apiserver rejects the StatefulSet otherwise (it reports the whole `spec.updateStrategy` as the invalid value).',
      remediation:
        'Write `type: RollingUpdate` (or omit `type`) for automatic rolling updates, or `type: OnDelete` to replace pods only when you delete them.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies',
    },
    source: 'ValidateStatefulSetSpec',
  },
  messages: {
    message: "spec.updateStrategy.type: Invalid value: {0}: must be 'RollingUpdate' or 'OnDelete'",
  },
  check(ctx) {
    const found = unsupportedValue(ctx.resource.root, PATH, UPDATE_STRATEGY_TYPES);
    if (found) ctx.report({ range: found.value.range, path: PATH, messageId: 'message', args: [quote(found.value.value)], data: suggestionData(found) });
  },
});
