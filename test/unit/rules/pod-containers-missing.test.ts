import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSetWith } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (blocks: string) => statefulSetWith(`metadata:\n  name: web\n${blocks}`);

ruleTester.run(findRule('pod-containers-missing')!, {
  valid: [{ name: 'accepts a template with a container', code: WEB_EXAMPLE }],
  invalid: [
    {
      name: 'reports a pod template without containers at its spec key',
      code: sts('spec:\n  template:\n    «spec»:\n      volumes: []\n'),
      errors: [{ messageId: 'noContainers', message: 'spec.template.spec.containers: Required value' }],
    },
    {
      name: 'reports an empty containers list at its key',
      code: sts('spec:\n  template:\n    spec:\n      «containers»: []\n'),
      errors: [{ messageId: 'noContainers', message: 'spec.template.spec.containers: Required value' }],
    },
    {
      name: 'reports a StatefulSet without a pod template at the spec key',
      code: sts('«spec»:\n  replicas: 1\n'),
      errors: [{ messageId: 'noTemplate', message: 'spec.template: Required value: a StatefulSet needs a pod template with containers' }],
    },
  ],
});
