import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, startOrdinal, volumeDevices, volumeMounts } from '../model/statefulSet';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'vct-unused',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'A claim template that no container or init container mounts (`volumeMounts` or `volumeDevices` with its name). Each pod still gets a PersistentVolumeClaim from it, bound and billed, that nothing uses. The API reference: "Every claim in this list must have at least one matching (by name) volumeMount in one container in the template".',
      remediation:
        "Add a `volumeMounts` entry with the claim template's name to the container that needs the storage, or remove the claim template.",
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec',
    },
  },
  messages: {
    message: '{0} {1} is not mounted by any container: every pod still gets a PersistentVolumeClaim {2} that nothing uses',
  },
  check(ctx) {
    const { resource } = ctx;
    const used = new Set([...volumeMounts(resource), ...volumeDevices(resource)].map((m) => m.name.value));
    const reported = new Set<string>();
    for (const template of claimTemplates(resource)) {
      const name = template.name.value;
      if (name === '' || used.has(name) || reported.has(name)) continue;
      reported.add(name);
      const path = pathOf(getKey(getKey(template.node, 'metadata'), 'name'));
      ctx.report({
        range: template.name.range,
        path,
        messageId: 'message', args: [path, quote(name), quote(`${name}-${resource.name?.value ?? '<name>'}-${startOrdinal(resource)}`)],
        data: { name },
      });
    }
  },
});
