import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (podSpec: string) => podTemplate(podSpec + container());

ruleTester.run(findRule('sts-active-deadline-forbidden')!, {
  valid: [
    { name: 'accepts a pod template without it, or with a key that has no value', code: [sts(''), sts('      activeDeadlineSeconds:\n'), WEB_EXAMPLE] },
  ],
  invalid: [
    {
      name: 'reports activeDeadlineSeconds in the pod template',
      code: sts('      activeDeadlineSeconds: «600»\n'),
      errors: [
        { messageId: 'message', message: 'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported (value 600)' },
      ],
    },
  ],
});
