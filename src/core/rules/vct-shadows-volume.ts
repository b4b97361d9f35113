import { getKey } from '../model/access';
import { claimTemplates, templateVolumes } from '../model/statefulSet';
import { reportClaimClash } from './claimClash';
import { defineRule } from './defineRule';

export default defineRule({
  id: 'vct-shadows-volume',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document', changesRollout: true,
    docs: {
      summary:
        'A `spec.template.spec.volumes` entry has the same name as a claim template. The claim template takes precedence: the controller replaces the volume with the claim, so the volume as written (emptyDir, configMap, …) is never used.',
      remediation: 'Rename the template volume (and the mounts meant for it), or delete it if the claim is what the mounts should get.',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec',
    },
  },
  messages: {
    message:
      '{0} {1} is replaced by the claim template of the same name ({2}): a claim template takes precedence over a template volume, so this volume is never used',
  },
  check(ctx) {
    const { resource } = ctx;
    const claims = new Map(claimTemplates(resource).map((t) => [t.name.value, t] as const));
    for (const volume of templateVolumes(resource)) {
      const claim = claims.get(volume.name.value);
      if (!claim || volume.name.value === '') continue;
      reportClaimClash(ctx, getKey(volume.node, 'name'), volume, claim);
    }
  },
});
