import { getPath } from '../model/access';
import { quote } from '../model/names';
import { effectiveUpdateStrategyType } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { maxUnavailableProblem } from './sts-max-unavailable-invalid';
import { defineRule } from './defineRule';
import { atLeast } from '../model/kubernetesVersion';

const PATH = 'spec.updateStrategy.rollingUpdate.maxUnavailable';

/** MaxUnavailableStatefulSet: alpha (off) from v1.24, beta and on by default from v1.35 (pkg/features/kube_features.go). */
const GATE_ON_BY_DEFAULT_SINCE = '1.35';

export default defineRule({
  id: 'sts-max-unavailable-feature-gated',
  meta: {
    severity: 'information', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`maxUnavailable` for StatefulSets is behind the `MaxUnavailableStatefulSet` feature gate: alpha and off by default up to v1.34, beta and on by default from v1.35. Where the gate is off the apiserver silently drops the field and pods are updated one at a time: targeting a version before v1.35 this is a warning.',
      remediation:
        'Check the cluster version and feature gates; on clusters before v1.35 expect one-pod-at-a-time updates unless the gate is enabled.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#maximum-unavailable-pods',
    },
  },
  messages: {
    message:
      '{0} {1} needs the MaxUnavailableStatefulSet feature gate (off by default before v1.35): without it the field is silently dropped and pods are updated one at a time',
    droppedOnTarget:
      '{0} {1} is silently dropped on Kubernetes {2}, where the MaxUnavailableStatefulSet feature gate is off by default (on from v1.35): pods are updated one at a time unless the cluster enables the gate',
  },
  check(ctx) {
    const { resource } = ctx;
    if (effectiveUpdateStrategyType(resource) !== 'RollingUpdate') return;
    const node = getPath(resource.root, PATH);
    if (!isScalar(node) || (typeof node.value !== 'number' && typeof node.value !== 'string')) return;
    // Invalid values are sts-max-unavailable-invalid's business; 1 behaves the same with or without the gate.
    if (maxUnavailableProblem(node.value) || node.value === 1) return;
    const shown = typeof node.value === 'string' ? quote(node.value) : String(node.value);
    if (atLeast(ctx.kubernetesVersion, GATE_ON_BY_DEFAULT_SINCE)) return ctx.report({ range: node.range, path: PATH, messageId: 'message', args: [PATH, shown] });
    // The written value would change the rollout, and the target's default drops it: worth a warning.
    return ctx.report({ range: node.range, path: PATH, severity: 'warning', messageId: 'droppedOnTarget', args: [PATH, shown, ctx.kubernetesVersion] });
  },
});
