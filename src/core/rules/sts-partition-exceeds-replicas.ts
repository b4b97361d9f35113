import { getNumber } from '../model/access';
import { effectiveReplicas, effectiveUpdateStrategyType } from '../model/statefulSet';
import type { Rule } from './types';

const ID = 'sts-partition-exceeds-replicas';
const PATH = 'spec.updateStrategy.rollingUpdate.partition';

export const stsPartitionExceedsReplicas: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'document',
  docs: {
    summary:
      'With a rolling-update `partition`, only pods whose ordinal is at least the partition are updated. When the partition is greater than `spec.replicas`, no pod qualifies and changes to the pod template are never rolled out. Kubernetes accepts this silently.',
    remediation: 'Lower the partition to stage a rollout (pods with ordinal >= partition get the new template), or set it to 0 to update every pod.',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#partitions',
  },
  check({ resource }) {
    if (effectiveUpdateStrategyType(resource) !== 'RollingUpdate') return [];
    const partition = getNumber(resource.root, PATH);
    if (!partition || !Number.isInteger(partition.value)) return [];
    const replicas = effectiveReplicas(resource);
    if (replicas < 0 || partition.value <= replicas) return [];
    const replicasText = getNumber(resource.root, 'spec.replicas') ? `spec.replicas ${replicas}` : `spec.replicas (default ${replicas})`;
    return [
      {
        ruleId: ID,
        range: partition.range,
        path: PATH,
        message: `${PATH} ${partition.value} is greater than ${replicasText}: no pod has an ordinal index >= ${partition.value}, so changes to the pod template are never rolled out`,
      },
    ];
  },
};
