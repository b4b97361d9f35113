import { t } from '../l10n/messages';
import { getKey, pathOf } from '../model/access';
import { quote } from '../model/names';
import { claimTemplates, startOrdinal, volumeDevices, volumeMounts } from '../model/statefulSet';
import { ruleDocs, type Finding, type Rule } from './types';

export const vctUnused: Rule = {
  id: 'vct-unused',
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: ruleDocs('vct-unused', 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec'),
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
        message: t('rule.vct-unused.message', path, quote(name), quote(`${name}-${resource.name?.value ?? '<name>'}-${startOrdinal(resource)}`)),
        data: { name },
      });
    }
    return out;
  },
};
