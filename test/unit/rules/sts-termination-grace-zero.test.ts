import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (value: string) => podTemplate(`      terminationGracePeriodSeconds: ${value}\n${container('app')}`);

ruleTester.run(findRule('sts-termination-grace-zero')!, {
  valid: [{ name: 'accepts a positive grace period', code: [sts('1'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports a grace period of 0',
      code: sts('«0»'),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.template.spec.terminationGracePeriodSeconds is 0: pods are killed without a graceful shutdown, which the StatefulSet documentation calls unsafe and strongly discouraged',
        },
      ],
    },
  ],
});
