import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const PATH = 'spec.updateStrategy.rollingUpdate.maxUnavailable';
const sts = (value: string) => statefulSet(`  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: ${value}\n`);

ruleTester.run(findRule('sts-max-unavailable-feature-gated')!, {
  valid: [{ name: 'says nothing for 1 (same as without the gate), for invalid values, or without maxUnavailable', code: [sts('1'), sts('0'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'notes that maxUnavailable needs the MaxUnavailableStatefulSet gate, as information',
      code: sts('«2»'),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.updateStrategy.rollingUpdate.maxUnavailable 2 needs the MaxUnavailableStatefulSet feature gate (off by default before v1.35): without it the field is silently dropped and pods are updated one at a time',
          severity: 'information',
        },
      ],
    },
    { name: 'quotes a percentage', code: sts('«50%»'), errors: [{ messageId: 'message', args: [PATH, '"50%"'] }] },
  ],
});
