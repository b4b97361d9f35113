import { getPath } from '../model/access';
import { MAX_UNAVAILABLE_GATE_EARLY_ON } from '../model/maxUnavailableGate';
import { quote } from '../model/names';
import { effectiveUpdateStrategyType } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { maxUnavailableProblem } from './sts-max-unavailable-invalid';
import { defineRule } from './defineRule';

const PATH = 'spec.updateStrategy.rollingUpdate.maxUnavailable';

/** Targets are minors (their newest patch): the gate is off on each; on v1.35 early patches differ (model/maxUnavailableGate.ts). */
const MINOR_WITH_GATE_ON_IN_EARLY_PATCHES = MAX_UNAVAILABLE_GATE_EARLY_ON.minor;

export default defineRule({
  id: 'sts-max-unavailable-feature-gated',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`maxUnavailable` for StatefulSets is behind the `MaxUnavailableStatefulSet` feature gate: alpha and off by default from v1.24, beta and on by default only in v1.35.0–v1.35.3, off by default again from v1.35.4 and in v1.36. Where the gate is off the apiserver silently drops the field (`dropStatefulSetDisabledFields`) and pods are updated one at a time.',
      remediation:
        "Check the cluster's version and feature gates: unless the cluster enables `MaxUnavailableStatefulSet` (or runs v1.35.0–v1.35.3), expect one-pod-at-a-time updates, or remove the field.",
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#maximum-unavailable-pods',
    },
    source: 'dropStatefulSetDisabledFields',
  },
  messages: {
    droppedOnTarget:
      '{0} {1} is silently dropped on Kubernetes {2}, where the MaxUnavailableStatefulSet feature gate is off by default: pods are updated one at a time unless the cluster enables the gate',
    droppedFromPatch:
      '{0} {1} is silently dropped on Kubernetes {2} from v1.35.4, where the MaxUnavailableStatefulSet feature gate is off by default again (on by default only in v1.35.0–v1.35.3): pods are updated one at a time unless the cluster enables the gate',
  },
  check(ctx) {
    const { resource } = ctx;
    if (effectiveUpdateStrategyType(resource) !== 'RollingUpdate') return;
    const node = getPath(resource.root, PATH);
    if (!isScalar(node) || (typeof node.value !== 'number' && typeof node.value !== 'string')) return;
    // Invalid values are sts-max-unavailable-invalid's business; 1 behaves the same with or without the gate.
    if (maxUnavailableProblem(node.value) || node.value === 1) return;
    const shown = typeof node.value === 'string' ? quote(node.value) : String(node.value);
    const messageId = ctx.kubernetesVersion === MINOR_WITH_GATE_ON_IN_EARLY_PATCHES ? 'droppedFromPatch' : 'droppedOnTarget';
    return ctx.report({ range: node.range, path: PATH, messageId, args: [PATH, shown, ctx.kubernetesVersion] });
  },
});
