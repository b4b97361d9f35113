import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate as sts } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-container-image-missing')!, {
  valid: [{ name: 'accepts containers with images', code: WEB_EXAMPLE }],
  invalid: [
    {
      name: 'reports a container without image at its name',
      code: sts('      containers:\n      - name: «nginx»\n        ports: [{containerPort: 80}]\n'),
      errors: [{ messageId: 'messageNamed', message: 'spec.template.spec.containers[0].image: Required value (container "nginx")' }],
    },
    {
      name: 'reports an init container with an empty image at the value',
      code: sts('      initContainers:\n      - name: init\n        image: «""»\n      containers:\n      - name: nginx\n        image: nginx\n'),
      errors: [{ messageId: 'messageNamed', message: 'spec.template.spec.initContainers[0].image: Required value (container "init")' }],
    },
    {
      name: 'reports an image key without a value at the key',
      code: sts('      containers:\n      - name: «nginx»\n      - name: sidecar\n        «image»:\n'),
      errors: [
        { messageId: 'messageNamed', args: ['spec.template.spec.containers[0].image', 'nginx'] },
        { messageId: 'messageNamed', message: 'spec.template.spec.containers[1].image: Required value (container "sidecar")' },
      ],
    },
  ],
});
