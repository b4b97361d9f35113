import { t } from '../l10n/messages';
import { getKey, getPath, getString, isSet } from '../model/access';
import { effectivePodManagementPolicy, effectiveReplicas } from '../model/statefulSet';
import { isMap, isSeq } from '../model/types';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-no-readiness-probe';

export const stsNoReadinessProbe: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'information',
  scope: 'document',
  docs: ruleDocs('sts-no-readiness-probe', 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes'),
  check({ resource }) {
    if (effectivePodManagementPolicy(resource) !== 'OrderedReady' || effectiveReplicas(resource) <= 1) return [];
    const containers = getPath(resource.root, 'spec.template.spec.containers');
    if (!isSeq(containers) || containers.items.length === 0) return [];
    if (containers.items.some((c) => isSet(getKey(c, 'readinessProbe')))) return [];
    // Sidecars (init containers with restartPolicy Always) take part in pod readiness too.
    const init = getPath(resource.root, 'spec.template.spec.initContainers');
    const sidecarProbe = isSeq(init) && init.items.some((c) => getString(c, 'restartPolicy')?.value === 'Always' && isSet(getKey(c, 'readinessProbe')));
    if (sidecarProbe || !containers.items.every(isMap)) return [];
    return [
      {
        ruleId: ID,
        range: containers.keyRange ?? containers.range,
        path: 'spec.template.spec.containers',
        message: t('rule.sts-no-readiness-probe.message'),
      },
    ];
  },
};
