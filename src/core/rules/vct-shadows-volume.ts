import { t } from '../l10n/messages';
import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, templateVolumes } from '../model/statefulSet';
import { ruleDocs, type Finding, type Rule } from './types';

export const vctShadowsVolume: Rule = {
  id: 'vct-shadows-volume',
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: ruleDocs('vct-shadows-volume', 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec'),
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
        message: t('rule.vct-shadows-volume.message', path, quote(volume.name.value), claimPath),
        related: [{ resource, range: claim.name.range, message: `${claimPath}.metadata.name ${quote(claim.name.value)}` }],
        data: { name: volume.name.value },
      });
    }
    return out;
  },
};
