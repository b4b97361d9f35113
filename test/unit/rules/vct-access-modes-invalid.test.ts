import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

const SUPPORTED = '"ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"';

ruleTester.run(findRule('vct-access-modes-invalid')!, {
  valid: [
    {
      name: 'accepts the supported modes, ReadWriteOncePod alone (ValidatePersistentVolumeClaimSpec)',
      code: [WEB_EXAMPLE, withClaimTemplates('  - metadata: {name: data}\n    spec: {accessModes: [ReadWriteOnce, ReadOnlyMany]}\n'), withClaimTemplates('  - metadata: {name: data}\n    spec: {accessModes: [ReadWriteOncePod]}\n')],
    },
  ],
  invalid: [
    {
      name: 'reports a miscased mode and offers the exact spelling',
      code: withClaimTemplates('  - metadata: {name: data}\n    spec:\n      accessModes: [«readwriteonce»]\n'),
      errors: [{ messageId: 'unsupported', message: `spec.volumeClaimTemplates[0].spec.accessModes: Unsupported value: "readwriteonce": supported values: ${SUPPORTED}`, data: { suggestion: 'ReadWriteOnce' } }],
      output: withClaimTemplates('  - metadata: {name: data}\n    spec:\n      accessModes: [ReadWriteOnce]\n'),
    },
    {
      name: 'reports ReadWriteOncePod with another mode',
      code: withClaimTemplates('  - metadata: {name: data}\n    spec:\n      «accessModes»: [ReadWriteOncePod, ReadWriteOnce]\n'),
      errors: [{ messageId: 'forbidden', message: 'spec.volumeClaimTemplates[0].spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes' }],
    },
  ],
});
