import { getKey, getMap, isSet } from '../model/access';
import { isEmptySelector, toLabelSelector } from '../model/labels';
import { isMap } from '../model/types';
import { defineRule } from './defineRule';


export default defineRule({
  id: 'sts-selector-missing',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'In apps/v1 `spec.selector` is required and may not be empty: it tells the controller which pods belong to the set (apps/v1beta1 used to default it from the template labels). The apiserver rejects a StatefulSet without one.',
      remediation:
        'Add `spec.selector.matchLabels` with the labels of `spec.template.metadata.labels` (for example `app: web`). The selector cannot be changed after creation.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector',
    },
    source: 'ValidateStatefulSetSpec',
  },
  messages: {
    'message.required': 'spec.selector: Required value',
    'message.requiredV1beta1': 'spec.selector: Required value (apps/v1beta1 defaulted it from the template labels; apps/v1 requires it)',
    'message.empty': 'spec.selector: Invalid value: {}: empty selector is invalid for statefulset',
  },
  check(ctx) {
    const { resource } = ctx;
    const spec = getMap(resource.root, 'spec');
    const selector = getKey(spec, 'selector');
    if (!selector || !isSet(selector)) {
      // apps/v1beta1 (no longer served: sts-api-version-removed) defaulted the selector; apps/v1 does not.
      const messageId = resource.apiVersion?.value === 'apps/v1beta1' ? 'message.requiredV1beta1' : 'message.required';
      const range = selector?.keyRange ?? spec?.keyRange ?? resource.kind.range;
      return ctx.report({ range, path: 'spec.selector', messageId });
    }
    // A selector of the wrong type is the schema check's business.
    const parsed = toLabelSelector(selector);
    if (!isMap(selector) || !parsed || !isEmptySelector(parsed)) return;
    return ctx.report({
      range: selector.keyRange ?? selector.range,
      path: 'spec.selector',
      messageId: 'message.empty',
    });
  },
});
