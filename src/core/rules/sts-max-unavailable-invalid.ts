import { getPath } from '../model/access';
import { intOrPercentProblem, PERCENT_PROBLEM, toIntOrPercent } from '../model/intOrPercent';
import { quote } from '../model/names';
import { effectiveUpdateStrategyType } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { defineRule } from './defineRule';

const PATH = 'spec.updateStrategy.rollingUpdate.maxUnavailable';

/**
 * The first error `validateRollingUpdateStatefulSet` reports for an int-or-percent, in its order:
 * `ValidatePositiveIntOrPercent`, then `cannot be 0` (a malformed percent also counts as 0 there),
 * then `IsNotMoreThan100Percent`.
 */
export function maxUnavailableProblem(value: number | string): string | undefined {
  const problem = intOrPercentProblem(value);
  if (problem === PERCENT_PROBLEM || (typeof value === 'number' && problem)) return problem;
  // A zero number or percentage is refused before the 100% bound is checked.
  if (toIntOrPercent(value)?.value === 0) return 'cannot be 0';
  return problem;
}

export default defineRule({
  id: 'sts-max-unavailable-invalid',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`spec.updateStrategy.rollingUpdate.maxUnavailable` must be a positive number of pods or a percentage from 1% to 100% (`"25%"`); 0, `0%`, more than 100% and malformed percentages are rejected by the apiserver.',
      remediation:
        'Use a whole number of pods (`2`) or a quoted percentage such as `"25%"`, or remove the field (the controller then updates one pod at a time).',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#maximum-unavailable-pods',
    },
    source: 'validateRollingUpdateStatefulSet',
  },
  messages: {
    message: '{0}: Invalid value: {1}: {2}',
  },
  check(ctx) {
    const { resource } = ctx;
    // Validated only when the (defaulted) strategy is RollingUpdate.
    if (effectiveUpdateStrategyType(resource) !== 'RollingUpdate') return;
    const node = getPath(resource.root, PATH);
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return;
    if (typeof node.value === 'number' && !Number.isInteger(node.value)) return;
    const problem = maxUnavailableProblem(node.value);
    if (!problem) return;
    const shown = typeof node.value === 'string' ? quote(node.value) : String(node.value);
    return ctx.report({ range: node.range, path: PATH, messageId: 'message', args: [PATH, shown, problem] });
  },
});
