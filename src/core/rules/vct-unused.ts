import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, startOrdinal, volumeDevices, volumeMounts } from '../model/statefulSet';
import type { Finding, Rule } from './types';

export const vctUnused: Rule = {
  id: 'vct-unused',
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: {
    summary:
      'A claim template that no container or init container mounts (`volumeMounts` or `volumeDevices` with its name). Each pod still gets a PersistentVolumeClaim from it, bound and billed, that nothing uses. The API reference: "Every claim in this list must have at least one matching (by name) volumeMount in one container in the template".',
    remediation: 'Add a `volumeMounts` entry with the claim template\'s name to the container that needs the storage, or remove the claim template.',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec',
  },
  check({ resource }) {
    const used = new Set([...volumeMounts(resource), ...volumeDevices(resource)].map((m) => m.name.value));
    const reported = new Set<string>();
    const out: Finding[] = [];
    for (const template of claimTemplates(resource)) {
      const name = template.name.value;
      if (name === '' || used.has(name) || reported.has(name)) continue;
      reported.add(name);
      const path = pathOf(getKey(getKey(template.node, 'metadata'), 'name'));
      out.push({
        ruleId: this.id,
        range: template.name.range,
        path,
        message: `${path} ${quote(name)} is not mounted by any container: every pod still gets a PersistentVolumeClaim ${quote(`${name}-${resource.name?.value ?? '<name>'}-${startOrdinal(resource)}`)} that nothing uses`,
        data: { name },
      });
    }
    return out;
  },
};
