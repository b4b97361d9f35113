import { t } from '../l10n/messages';
import { getPath } from '../model/access';
import { quote } from '../model/names';
import { effectiveUpdateStrategyType } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { maxUnavailableProblem } from './sts-max-unavailable-invalid';
import { ruleDocs, type Rule } from './types';

const ID = 'sts-max-unavailable-feature-gated';
const PATH = 'spec.updateStrategy.rollingUpdate.maxUnavailable';

export const stsMaxUnavailableFeatureGated: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'information',
  scope: 'document',
  docs: ruleDocs('sts-max-unavailable-feature-gated', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#maximum-unavailable-pods'),
  check({ resource }) {
    if (effectiveUpdateStrategyType(resource) !== 'RollingUpdate') return [];
    const node = getPath(resource.root, PATH);
    if (!isScalar(node) || (typeof node.value !== 'number' && typeof node.value !== 'string')) return [];
    // Invalid values are sts-max-unavailable-invalid's business; 1 behaves the same with or without the gate.
    if (maxUnavailableProblem(node.value) || node.value === 1) return [];
    const shown = typeof node.value === 'string' ? quote(node.value) : String(node.value);
    return [
      {
        ruleId: ID,
        range: node.range,
        path: PATH,
        message: t('rule.sts-max-unavailable-feature-gated.message', PATH, shown),
      },
    ];
  },
};
