import { t } from '../l10n/messages';
import { getNumber } from '../model/access';
import { effectiveUpdateStrategyType } from '../model/statefulSet';
import { ruleDocs, type Finding, type Rule } from './types';

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
  docs: ruleDocs('sts-negative-value', 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/'),
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
        message: t('rule.sts-negative-value.message', field.path, value.value),
      });
    }
    return findings;
  },
};
