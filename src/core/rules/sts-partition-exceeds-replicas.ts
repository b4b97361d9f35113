import { t } from '../l10n/messages';
import { getNumber } from '../model/access';
import { effectiveReplicas, effectiveUpdateStrategyType } from '../model/statefulSet';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-partition-exceeds-replicas';
const PATH = 'spec.updateStrategy.rollingUpdate.partition';

export const stsPartitionExceedsReplicas: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: ruleDocs('sts-partition-exceeds-replicas', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#partitions'),
  check({ resource }) {
    if (effectiveUpdateStrategyType(resource) !== 'RollingUpdate') return [];
    const partition = getNumber(resource.root, PATH);
    if (!partition || !Number.isInteger(partition.value)) return [];
    const replicas = effectiveReplicas(resource);
    if (replicas < 0 || partition.value <= replicas) return [];
    const replicasText = getNumber(resource.root, 'spec.replicas')
      ? t('rule.sts-partition-exceeds-replicas.replicas', replicas)
      : t('rule.sts-partition-exceeds-replicas.replicasDefault', replicas);
    return [
      {
        ruleId: ID,
        range: partition.range,
        path: PATH,
        message: t('rule.sts-partition-exceeds-replicas.message', PATH, partition.value, replicasText),
      },
    ];
  },
};
