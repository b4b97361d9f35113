import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (policy: string) => statefulSet(`  persistentVolumeClaimRetentionPolicy:\n${policy}`);

ruleTester.run(findRule('sts-retention-policy-invalid')!, {
  valid: [
    {
      name: 'accepts Retain, Delete and empty values (defaulted to Retain)',
      code: [sts('    whenDeleted: Delete\n    whenScaled: Retain\n'), sts('    whenDeleted: ""\n    whenScaled:\n'), WEB_EXAMPLE],
    },
  ],
  invalid: [
    {
      name: 'reports a lowercase whenDeleted value',
      code: sts('    whenDeleted: «delete»\n    whenScaled: Retain\n'),
      errors: [
        {
          messageId: 'message',
          message: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "delete": supported values: "Retain", "Delete"',
        },
      ],
    },
    {
      name: 'reports an unknown whenScaled value',
      code: sts('    whenScaled: «Remove»\n'),
      errors: [
        {
          messageId: 'message',
          message: 'spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value: "Remove": supported values: "Retain", "Delete"',
        },
      ],
    },
  ],
});
