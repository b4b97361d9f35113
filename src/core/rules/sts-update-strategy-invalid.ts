import { getString } from '../model/access';
import { quote } from '../model/names';
import type { Rule } from './types';

const ID = 'sts-update-strategy-invalid';
const SUPPORTED = ['RollingUpdate', 'OnDelete'];

export const stsUpdateStrategyInvalid: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      '`spec.updateStrategy.type` must be `RollingUpdate` (the default when omitted) or `OnDelete`, spelled exactly so; the apiserver rejects the StatefulSet otherwise (it reports the whole `spec.updateStrategy` as the invalid value).',
    remediation: 'Write `type: RollingUpdate` (or omit `type`) for automatic rolling updates, or `type: OnDelete` to replace pods only when you delete them.',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies',
  },
  check({ resource }) {
    const type = getString(resource.root, 'spec.updateStrategy.type');
    // "" is defaulted to RollingUpdate before validation.
    if (!type || type.value === '' || SUPPORTED.includes(type.value)) return [];
    const suggestion = SUPPORTED.find((s) => s.toLowerCase() === type.value.toLowerCase());
    return [
      {
        ruleId: ID,
        range: type.range,
        path: 'spec.updateStrategy.type',
        message: `spec.updateStrategy.type: Invalid value: ${quote(type.value)}: must be 'RollingUpdate' or 'OnDelete'`,
        data: suggestion ? { suggestion } : undefined,
      },
    ];
  },
};
