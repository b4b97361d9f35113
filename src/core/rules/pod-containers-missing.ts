import { getKey, isSet } from '../model/access';
import { isSeq } from '../model/types';
import { defineRule } from './defineRule';


export default defineRule({
  id: 'pod-containers-missing',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'The pod template needs at least one container in `spec.template.spec.containers`. Since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate`).',
      remediation: 'Add a container with a `name` and an `image` under `spec.template.spec.containers`.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#components',
    },
    source: 'ValidatePodTemplateSpec',
  },
  messages: {
    noTemplate: 'spec.template: Required value: a StatefulSet needs a pod template with containers',
    noContainers: 'spec.template.spec.containers: Required value',
  },
  check(ctx) {
    const { resource } = ctx;
    const spec = getKey(resource.root, 'spec');
    const template = getKey(spec, 'template');
    if (!isSet(template)) {
      // Without a template there is no container either; report at the nearest key that exists.
      const range = template?.keyRange ?? spec?.keyRange ?? resource.kind.range;
      return ctx.report({ range, path: 'spec.template', messageId: 'noTemplate' });
    }
    const podSpec = getKey(template, 'spec');
    const containers = getKey(podSpec, 'containers');
    if (isSet(containers) && !(isSeq(containers) && containers.items.length === 0)) return; // present (or the wrong type: schema)
    const range = containers?.keyRange ?? podSpec?.keyRange ?? template!.keyRange ?? template!.range;
    return ctx.report({ range, path: 'spec.template.spec.containers', messageId: 'noContainers' });
  },
});
