import { getKey, trimmedRange } from '../model/access';
import { dns1123LabelProblem, quote } from '../model/names';
import { containersOf } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';


export default defineRule({
  id: 'pod-container-name-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Every container and init container needs a `name` that is a DNS-1123 label (at most 63 lowercase letters, digits and `-`). Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Give the container a short lowercase name such as `nginx` or `init-config`.',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container',
    },
    source: 'ValidatePodTemplateSpec',
  },
  messages: {
    required: '{0}: Required value',
    invalid: '{0}: Invalid value: {1}: {2}',
  },
  check(ctx) {
    const { resource } = ctx;
    for (const { node, list, index } of containersOf(resource)) {
      const path = `spec.template.spec.${list}[${index}].name`;
      const name = getKey(node, 'name');
      if (name === undefined || (isScalar(name) && (name.value === null || name.value === ''))) {
        const range = isScalar(name) && name.value === '' ? name.range : (name?.keyRange ?? trimmedRange(node));
        ctx.report({ range, path, messageId: 'required', args: [path] });
        continue;
      }
      if (!isScalar(name) || typeof name.value !== 'string') continue; // wrong type: the schema check's business
      const problem = dns1123LabelProblem(name.value);
      if (problem) ctx.report({ range: name.range, path, messageId: 'invalid', args: [path, quote(name.value), problem] });
    }
  },
});
