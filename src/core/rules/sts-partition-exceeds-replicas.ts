import { getNumber } from '../model/access';
import { effectiveReplicas, effectiveUpdateStrategyType } from '../model/statefulSet';
import { defineRule } from './defineRule';

const PATH = 'spec.updateStrategy.rollingUpdate.partition';

export default defineRule({
  id: 'sts-partition-exceeds-replicas',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'With a rolling-update `partition`, only pods whose ordinal is at least the partition are updated. When the partition is greater than `spec.replicas`, no pod qualifies and changes to the pod template are never rolled out. Kubernetes accepts this silently.',
      remediation:
        'Lower the partition to stage a rollout (pods with ordinal >= partition get the new template), or set it to 0 to update every pod.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#partitions',
    },
  },
  messages: {
    message: '{0} {1} is greater than {2}: no pod has an ordinal index >= {1}, so changes to the pod template are never rolled out',
    replicas: 'spec.replicas {0}',
    replicasDefault: 'spec.replicas (default {0})',
  },
  check(ctx) {
    const { resource } = ctx;
    if (effectiveUpdateStrategyType(resource) !== 'RollingUpdate') return;
    const partition = getNumber(resource.root, PATH);
    if (!partition || !Number.isInteger(partition.value)) return;
    const replicas = effectiveReplicas(resource);
    if (replicas < 0 || partition.value <= replicas) return;
    const replicasText = getNumber(resource.root, 'spec.replicas')
      ? ctx.t('replicas', replicas)
      : ctx.t('replicasDefault', replicas);
    return ctx.report({
      range: partition.range,
      path: PATH,
      messageId: 'message', args: [PATH, partition.value, replicasText],
    });
  },
});
