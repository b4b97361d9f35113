import { getSeq, getString } from '../model/access';
import { quote } from '../model/names';
import type { Finding, Rule } from './types';

const ID = 'pod-container-name-duplicate';

export const podContainerNameDuplicate: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      'Container names must be unique across `containers` and `initContainers` of the pod template. Since about v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
    remediation: 'Rename one of the containers (for example `init-nginx` for the init container).',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container',
  },
  check({ resource }) {
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    // Pod validation checks containers first, then init containers against all names seen so far.
    for (const list of ['containers', 'initContainers'] as const) {
      getSeq(resource.root, `spec.template.spec.${list}`)?.items.forEach((item, index) => {
        const name = getString(item, 'name');
        if (!name || name.value === '') return;
        const path = `spec.template.spec.${list}[${index}].name`;
        const first = seen.get(name.value);
        if (first === undefined) {
          seen.set(name.value, path);
          return;
        }
        findings.push({ ruleId: ID, range: name.range, path, message: `${path}: Duplicate value: ${quote(name.value)} (also ${first})` });
      });
    }
    return findings;
  },
};
