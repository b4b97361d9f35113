import { getNumber } from '../model/access';
import { effectiveUpdateStrategyType } from '../model/statefulSet';
import { defineRule } from './defineRule';


/** Fields checked with `ValidateNonnegativeField`: where the value is, and the path the apiserver reports. */
const FIELDS: readonly { readonly at: string; readonly path: string; readonly rollingUpdateOnly?: boolean }[] = [
  { at: 'spec.replicas', path: 'spec.replicas' },
  { at: 'spec.minReadySeconds', path: 'spec.minReadySeconds' },
  // Built as fldPath.Child("ordinals.start"): same text.
  { at: 'spec.ordinals.start', path: 'spec.ordinals.start' },
  // Only validated when the (defaulted) strategy is RollingUpdate.
  { at: 'spec.updateStrategy.rollingUpdate.partition', path: 'spec.updateStrategy.rollingUpdate.partition', rollingUpdateOnly: true },
];

export default defineRule({
  id: 'sts-negative-value',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`spec.replicas`, `spec.minReadySeconds`, `spec.ordinals.start` and `spec.updateStrategy.rollingUpdate.partition` must be 0 or more; the apiserver rejects negative values.',
      remediation:
        'Use 0 or a positive number, or remove the field to get its default (replicas 1, minReadySeconds 0, start 0, partition 0).',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
    },
    source: 'ValidateStatefulSetSpec',
  },
  messages: {
    message: '{0}: Invalid value: {1}: must be greater than or equal to 0',
  },
  check(ctx) {
    const { resource } = ctx;
    const rollingUpdate = effectiveUpdateStrategyType(resource) === 'RollingUpdate';
    for (const field of FIELDS) {
      if (field.rollingUpdateOnly && !rollingUpdate) continue;
      const value = getNumber(resource.root, field.at);
      // Fractions are a type error (schema check), not ours.
      if (!value || !Number.isInteger(value.value) || value.value >= 0) continue;
      ctx.report({
        range: value.range,
        path: field.path,
        messageId: 'message', args: [field.path, value.value],
      });
    }
  },
});
