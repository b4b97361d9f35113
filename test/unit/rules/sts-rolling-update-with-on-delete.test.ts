import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet as sts } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('sts-rolling-update-with-on-delete')!, {
  valid: [
    {
      name: 'accepts OnDelete without rollingUpdate, or with a rollingUpdate key that has no value',
      code: [sts('  updateStrategy:\n    type: OnDelete\n'), sts('  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n')],
    },
    {
      name: 'accepts rollingUpdate with RollingUpdate or with no type',
      code: [
        sts('  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate: {partition: 1}\n'),
        sts('  updateStrategy:\n    rollingUpdate: {partition: 1}\n'),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a rollingUpdate block under the OnDelete strategy, at its key',
      code: sts('  updateStrategy:\n    type: OnDelete\n    «rollingUpdate»:\n      partition: 2\n'),
      errors: [
        {
          messageId: 'message',
          message: `spec.updateStrategy.rollingUpdate: Invalid value: {"partition":2}: only allowed for updateStrategy 'RollingUpdate' (spec.updateStrategy.type is "OnDelete")`,
        },
      ],
    },
    {
      name: 'reports an empty rollingUpdate map too (it is not nil)',
      code: sts('  updateStrategy: {type: OnDelete, «rollingUpdate»: {}}\n'),
      errors: [
        { messageId: 'message', message: `spec.updateStrategy.rollingUpdate: Invalid value: {}: only allowed for updateStrategy 'RollingUpdate' (spec.updateStrategy.type is "OnDelete")` },
      ],
    },
  ],
});
