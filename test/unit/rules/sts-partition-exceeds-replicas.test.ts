import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet as sts } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('sts-partition-exceeds-replicas')!, {
  valid: [
    {
      name: 'accepts a partition up to replicas (pausing a rollout) and ignores OnDelete',
      code: [
        sts('  replicas: 3\n  updateStrategy:\n    rollingUpdate:\n      partition: 3\n'),
        sts('  replicas: 3\n  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: 5\n'),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a partition greater than replicas',
      code: sts('  replicas: 3\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: «5»\n'),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.updateStrategy.rollingUpdate.partition 5 is greater than spec.replicas 3: no pod has an ordinal index >= 5, so changes to the pod template are never rolled out',
        },
      ],
    },
    {
      name: 'compares with the default of 1 replica when replicas is omitted',
      code: sts('  updateStrategy:\n    rollingUpdate:\n      partition: «2»\n'),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.updateStrategy.rollingUpdate.partition 2 is greater than spec.replicas (default 1): no pod has an ordinal index >= 2, so changes to the pod template are never rolled out',
        },
      ],
    },
  ],
});
