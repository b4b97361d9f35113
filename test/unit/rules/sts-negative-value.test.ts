import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet as sts } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('sts-negative-value')!, {
  valid: [
    {
      name: 'leaves a partition under OnDelete to sts-rolling-update-with-on-delete',
      code: sts('  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: -1\n'),
    },
    {
      name: 'accepts zero and positive values, and leaves strings to the schema check',
      code: [
        sts('  replicas: 0\n  minReadySeconds: 0\n  ordinals:\n    start: 5\n  updateStrategy:\n    rollingUpdate:\n      partition: 0\n'),
        sts('  replicas: "-1"\n'),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports negative replicas in the apiserver wording',
      code: sts('  replicas: «-1»\n'),
      errors: [{ messageId: 'message', message: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' }],
    },
    {
      name: 'reports negative minReadySeconds',
      code: sts('  minReadySeconds: «-10»\n'),
      errors: [{ messageId: 'message', message: 'spec.minReadySeconds: Invalid value: -10: must be greater than or equal to 0' }],
    },
    {
      name: 'reports a negative start ordinal under the path spec.ordinals.start',
      code: sts('  ordinals:\n    start: «-3»\n'),
      errors: [{ messageId: 'message', message: 'spec.ordinals.start: Invalid value: -3: must be greater than or equal to 0' }],
    },
    {
      name: 'reports a negative partition when the strategy type is defaulted to RollingUpdate',
      code: sts('  updateStrategy:\n    rollingUpdate:\n      partition: «-1»\n'),
      errors: [{ messageId: 'message', message: 'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0' }],
    },
  ],
});
