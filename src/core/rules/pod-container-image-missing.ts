import { getKey, trimmedRange } from '../model/access';
import { containersOf } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';


export default defineRule({
  id: 'pod-container-image-missing',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Every container and init container of the pod template needs an `image`. Since v1.34 the apiserver rejects the StatefulSet; older clusters (v1.33 and before) accept it and then fail every pod creation with `FailedCreate ... image: Required value`.',
      remediation: 'Set `image` on the container, preferably with a pinned tag or digest (`registry.k8s.io/nginx-slim:0.24`).',
      url: 'https://kubernetes.io/docs/concepts/containers/images/',
    },
    source: 'ValidatePodTemplateSpec',
  },
  messages: {
    message: '{0}: Required value',
    messageNamed: '{0}: Required value (container "{1}")',
  },
  check(ctx) {
    const { resource } = ctx;
    for (const { node, list, index } of containersOf(resource)) {
      const image = getKey(node, 'image');
      const unset = image === undefined || (isScalar(image) && (image.value === null || image.value === ''));
      if (!unset) continue; // an image, or a value of the wrong type (the schema check's business)
      const name = getKey(node, 'name');
      // Underline the empty value, else the key, else the container's name, else the whole container.
      const range = isScalar(image) && image.value === '' ? image.range : (image?.keyRange ?? (isScalar(name) ? name.range : trimmedRange(node)));
      const path = `spec.template.spec.${list}[${index}].image`;
      if (isScalar(name) && typeof name.value === 'string') ctx.report({ range, path, messageId: 'messageNamed', args: [path, name.value] });
      else ctx.report({ range, path, messageId: 'message', args: [path] });
    }
  },
});
