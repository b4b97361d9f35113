import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, templateVolumes } from '../model/statefulSet';
import type { Finding, Rule } from './types';

export const vctShadowsVolume: Rule = {
  id: 'vct-shadows-volume',
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: {
    summary:
      'A `spec.template.spec.volumes` entry has the same name as a claim template. The claim template takes precedence: the controller replaces the volume with the claim, so the volume as written (emptyDir, configMap, …) is never used.',
    remediation: 'Rename the template volume (and the mounts meant for it), or delete it if the claim is what the mounts should get.',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec',
  },
  check({ resource }) {
    const claims = new Map(claimTemplates(resource).map((t) => [t.name.value, t] as const));
    const out: Finding[] = [];
    for (const volume of templateVolumes(resource)) {
      const claim = claims.get(volume.name.value);
      if (!claim || volume.name.value === '') continue;
      const path = pathOf(getKey(volume.node, 'name'));
      const claimPath = pathOf(claim.node);
      out.push({
        ruleId: this.id,
        range: volume.name.range,
        path,
        message: `${path} ${quote(volume.name.value)} is replaced by the claim template of the same name (${claimPath}): a claim template takes precedence over a template volume, so this volume is never used`,
        related: [{ resource, range: claim.name.range, message: `${claimPath}.metadata.name ${quote(claim.name.value)}` }],
        data: { name: volume.name.value },
      });
    }
    return out;
  },
};
