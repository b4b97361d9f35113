import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { ruleTester } from './ruleTester';

const budget = (spec: string, apiVersion = 'policy/v1') => `apiVersion: ${apiVersion}\nkind: PodDisruptionBudget\nmetadata:\n  name: db\nspec:\n${spec}`;
const SELECTOR = '  selector:\n    matchLabels:\n      app: db\n';

ruleTester.run(findRule('pdb-spec-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidatePodDisruptionBudgetSpec accepts: one amount, 0 and 100% included, an eviction policy',
      code: [
        WEB_EXAMPLE,
        budget(`  minAvailable: 0\n${SELECTOR}`),
        budget(`  maxUnavailable: "100%"\n  unhealthyPodEvictionPolicy: AlwaysAllow\n${SELECTOR}`),
        budget(`  minAvailable: 2\n  maxUnavailable: null\n${SELECTOR}`),
        budget('  minAvailable: 1\n  maxUnavailable: 1\n', 'policy/v1beta1'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports minAvailable and maxUnavailable both set, at the second (ValidatePodDisruptionBudgetSpec)',
      code: budget(`  minAvailable: 2\n  «maxUnavailable»: 25%\n${SELECTOR}`),
      errors: [{ messageId: 'invalid', message: 'spec: Invalid value: {minAvailable: 2, maxUnavailable: "25%"}: minAvailable and maxUnavailable cannot be both set' }],
    },
    {
      name: 'reports a negative number, a percentage without %, and one above 100% (ValidatePositiveIntOrPercent, IsNotMoreThan100Percent)',
      code: `${budget(`  minAvailable: «-1»\n${SELECTOR}`)}---\n${budget(`  maxUnavailable: «"50"»\n${SELECTOR}`)}---\n${budget(`  minAvailable: «150%»\n${SELECTOR}`)}`,
      errors: [
        { messageId: 'invalid', message: 'spec.minAvailable: Invalid value: -1: must be greater than or equal to 0' },
        { messageId: 'invalid', args: ['spec.maxUnavailable', '"50"', "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%', or '93%', regex used for validation is '[0-9]+%')"] },
        { messageId: 'invalid', args: ['spec.minAvailable', '"150%"', 'must not be greater than 100%'] },
      ],
    },
    {
      name: 'reports a malformed selector and an unsupported eviction policy, with its fix',
      code: budget('  minAvailable: 1\n  unhealthyPodEvictionPolicy: «alwaysAllow»\n  selector:\n    matchLabels:\n      app: «db pods»\n'),
      errors: [
        { messageId: 'unsupported', message: 'spec.unhealthyPodEvictionPolicy: Unsupported value: "alwaysAllow": supported values: "AlwaysAllow", "IfHealthyBudget"' },
        { messageId: 'invalid' },
      ],
      output: budget('  minAvailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels:\n      app: db pods\n'),
    },
  ],
});
