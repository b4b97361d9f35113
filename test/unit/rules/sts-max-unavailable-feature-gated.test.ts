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
      name: 'warns that the newest target (v1.36) drops maxUnavailable, the MaxUnavailableStatefulSet gate being off by default there (dropStatefulSetDisabledFields)',
      code: sts('«2»'),
      errors: [
        {
          messageId: 'droppedOnTarget',
          message:
            'spec.updateStrategy.rollingUpdate.maxUnavailable 2 is silently dropped on Kubernetes 1.36, where the MaxUnavailableStatefulSet feature gate is off by default: pods are updated one at a time unless the cluster enables the gate',
          severity: 'warning',
        },
      ],
    },
    { name: 'quotes a percentage', code: sts('«50%»'), errors: [{ messageId: 'droppedOnTarget', args: [PATH, '"50%"', '1.36'] }] },
  ],
});
