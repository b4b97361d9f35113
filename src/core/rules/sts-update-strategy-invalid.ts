import { getString } from '../model/access';
import { quote } from '../model/names';
import { defineRule } from './defineRule';

const SUPPORTED = ['RollingUpdate', 'OnDelete'];

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
  },
  messages: {
    message: "spec.updateStrategy.type: Invalid value: {0}: must be 'RollingUpdate' or 'OnDelete'",
  },
  check(ctx) {
    const { resource } = ctx;
    const type = getString(resource.root, 'spec.updateStrategy.type');
    // "" is defaulted to RollingUpdate before validation.
    if (!type || type.value === '' || SUPPORTED.includes(type.value)) return;
    const suggestion = SUPPORTED.find((s) => s.toLowerCase() === type.value.toLowerCase());
    return ctx.report({
      range: type.range,
      path: 'spec.updateStrategy.type',
      messageId: 'message', args: [quote(type.value)],
      data: suggestion ? { suggestion } : undefined,
    });
  },
});
