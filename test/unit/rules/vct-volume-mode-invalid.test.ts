import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('vct-volume-mode-invalid')!, {
  valid: [
    {
      name: 'accepts Block, Filesystem and an omitted mode (ValidatePersistentVolumeClaimSpec)',
      code: [WEB_EXAMPLE, withClaimTemplates('  - metadata: {name: data}\n    spec: {volumeMode: Block}\n'), withClaimTemplates('  - metadata: {name: data}\n    spec: {volumeMode: Filesystem}\n')],
    },
  ],
  invalid: [
    {
      name: 'reports a miscased mode and offers the exact spelling, keeping the quotes',
      code: withClaimTemplates('  - metadata: {name: data}\n    spec:\n      volumeMode: «"block"»\n'),
      errors: [{ messageId: 'unsupported', message: 'spec.volumeClaimTemplates[0].spec.volumeMode: Unsupported value: "block": supported values: "Block", "Filesystem"' }],
      output: withClaimTemplates('  - metadata: {name: data}\n    spec:\n      volumeMode: "Block"\n'),
    },
  ],
});
