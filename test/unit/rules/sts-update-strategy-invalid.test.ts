import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet as sts } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('sts-update-strategy-invalid')!, {
  valid: [
    {
      name: 'accepts both types, and a strategy with no type (defaulted to RollingUpdate)',
      code: [
        '  updateStrategy:\n    type: OnDelete\n',
        '  updateStrategy:\n    type: RollingUpdate\n',
        '  updateStrategy:\n    rollingUpdate:\n      partition: 2\n',
        '  updateStrategy:\n    type: ""\n',
      ]
        .map((spec) => sts(spec))
        .concat(WEB_EXAMPLE),
    },
  ],
  invalid: [
    {
      name: 'reports an unknown strategy type',
      code: sts('  updateStrategy:\n    type: «Recreate»\n'),
      errors: [{ messageId: 'message', message: `spec.updateStrategy.type: Invalid value: "Recreate": must be 'RollingUpdate' or 'OnDelete'` }],
    },
    {
      name: 'reports a strategy type in the wrong case',
      code: sts('  updateStrategy: {type: «onDelete»}\n'),
      errors: [{ messageId: 'message', message: `spec.updateStrategy.type: Invalid value: "onDelete": must be 'RollingUpdate' or 'OnDelete'` }],
    },
  ],
});
