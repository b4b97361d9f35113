import { getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import { defineRule } from './defineRule';
import { earlierOf } from './fields';


export default defineRule({
  id: 'pod-container-name-duplicate',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'Container names must be unique across `containers` and `initContainers` of the pod template. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
      remediation: 'Rename one of the containers (for example `init-nginx` for the init container).',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container',
    },
    source: 'ValidatePodTemplateSpec',
  },
  messages: {
    message: '{0}: Duplicate value: {1} (also {2})',
  },
  check(ctx) {
    const { resource } = ctx;
    const seen = new Map<string, string>();
    // Pod validation checks containers first, then init containers against all names seen so far.
    for (const list of ['containers', 'initContainers'] as const) {
      getSeq(resource.root, `spec.template.spec.${list}`)?.items.forEach((item, index) => {
        const name = getString(item, 'name');
        if (!name || name.value === '') return;
        const path = `spec.template.spec.${list}[${index}].name`;
        const first = earlierOf(seen, name.value, path);
        if (first !== undefined) ctx.report({ range: name.range, path, messageId: 'message', args: [path, quote(name.value), first] });
      });
    }
  },
});
