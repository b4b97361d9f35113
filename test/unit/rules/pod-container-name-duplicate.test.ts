import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate as sts } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-container-name-duplicate')!, {
  valid: [
    {
      name: 'accepts distinct names',
      code: [sts('      initContainers:\n      - name: init\n        image: a\n      containers:\n      - name: app\n        image: b\n'), WEB_EXAMPLE],
    },
  ],
  invalid: [
    {
      name: 'reports the second of two containers with the same name',
      code: sts('      containers:\n      - name: app\n        image: a\n      - name: «app»\n        image: b\n'),
      errors: [
        { messageId: 'message', message: 'spec.template.spec.containers[1].name: Duplicate value: "app" (also spec.template.spec.containers[0].name)' },
      ],
    },
    {
      name: 'reports an init container named like a container, as pod validation does',
      code: sts('      initContainers:\n      - name: «app»\n        image: a\n      containers:\n      - name: app\n        image: b\n'),
      errors: [
        { messageId: 'message', message: 'spec.template.spec.initContainers[0].name: Duplicate value: "app" (also spec.template.spec.containers[0].name)' },
      ],
    },
  ],
});
