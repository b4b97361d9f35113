import { t } from '../l10n/messages';
import { getKey, isSet } from '../model/access';
import { isSeq } from '../model/types';
import { ruleDocs, type Rule } from './types';

const ID = 'pod-containers-missing';

export const podContainersMissing: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('pod-containers-missing', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#components'),
  check({ resource }) {
    const spec = getKey(resource.root, 'spec');
    const template = getKey(spec, 'template');
    if (!isSet(template)) {
      // Without a template there is no container either; report at the nearest key that exists.
      const range = template?.keyRange ?? spec?.keyRange ?? resource.kind.range;
      return [{ ruleId: ID, range, path: 'spec.template', message: t('rule.pod-containers-missing.noTemplate') }];
    }
    const podSpec = getKey(template, 'spec');
    const containers = getKey(podSpec, 'containers');
    if (isSet(containers) && !(isSeq(containers) && containers.items.length === 0)) return []; // present (or the wrong type: schema)
    const range = containers?.keyRange ?? podSpec?.keyRange ?? template!.keyRange ?? template!.range;
    return [{ ruleId: ID, range, path: 'spec.template.spec.containers', message: t('rule.pod-containers-missing.noContainers') }];
  },
};
