import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet as sts } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('sts-pod-management-policy-invalid')!, {
  valid: [
    {
      name: 'accepts OrderedReady, Parallel, an empty value and an omitted field',
      code: ['  podManagementPolicy: Parallel\n', '  podManagementPolicy: OrderedReady\n', '  podManagementPolicy: ""\n', '  podManagementPolicy:\n', '  replicas: 1\n']
        .map((spec) => sts(spec))
        .concat(WEB_EXAMPLE),
    },
  ],
  invalid: [
    {
      name: 'reports a policy in the wrong case, in the apiserver wording',
      code: sts('  podManagementPolicy: «parallel»\n'),
      errors: [{ messageId: 'message', message: `spec.podManagementPolicy: Invalid value: "parallel": must be 'OrderedReady' or 'Parallel'` }],
    },
    {
      name: 'reports an unknown policy',
      code: sts('  podManagementPolicy: «Ordered»\n'),
      errors: [{ messageId: 'message', message: `spec.podManagementPolicy: Invalid value: "Ordered": must be 'OrderedReady' or 'Parallel'` }],
    },
  ],
});
