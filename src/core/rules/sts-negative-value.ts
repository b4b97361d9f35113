import { getNumber } from '../model/access';
import { effectiveUpdateStrategyType } from '../model/statefulSet';
import type { Finding, Rule } from './types';

const ID = 'sts-negative-value';

/** Fields checked with `ValidateNonnegativeField`: where the value is, and the path the apiserver reports. */
const FIELDS: readonly { readonly at: string; readonly path: string; readonly rollingUpdateOnly?: boolean }[] = [
  { at: 'spec.replicas', path: 'spec.replicas' },
  { at: 'spec.minReadySeconds', path: 'spec.minReadySeconds' },
  // Built as fldPath.Child("ordinals.start"): same text.
  { at: 'spec.ordinals.start', path: 'spec.ordinals.start' },
  // Only validated when the (defaulted) strategy is RollingUpdate.
  { at: 'spec.updateStrategy.rollingUpdate.partition', path: 'spec.updateStrategy.rollingUpdate.partition', rollingUpdateOnly: true },
];

export const stsNegativeValue: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      '`spec.replicas`, `spec.minReadySeconds`, `spec.ordinals.start` and `spec.updateStrategy.rollingUpdate.partition` must be 0 or more; the apiserver rejects negative values.',
    remediation: 'Use 0 or a positive number, or remove the field to get its default (replicas 1, minReadySeconds 0, start 0, partition 0).',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
  },
  check({ resource }) {
    const rollingUpdate = effectiveUpdateStrategyType(resource) === 'RollingUpdate';
    const findings: Finding[] = [];
    for (const field of FIELDS) {
      if (field.rollingUpdateOnly && !rollingUpdate) continue;
      const value = getNumber(resource.root, field.at);
      // Fractions are a type error (schema check), not ours.
      if (!value || !Number.isInteger(value.value) || value.value >= 0) continue;
      findings.push({
        ruleId: ID,
        range: value.range,
        path: field.path,
        message: `${field.path}: Invalid value: ${value.value}: must be greater than or equal to 0`,
      });
    }
    return findings;
  },
};
