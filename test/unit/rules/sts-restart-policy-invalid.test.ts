import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (podSpec: string) => podTemplate(podSpec + container());

ruleTester.run(findRule('sts-restart-policy-invalid')!, {
  valid: [
    { name: 'accepts Always and an omitted restartPolicy', code: [sts('      restartPolicy: Always\n'), sts(''), WEB_EXAMPLE] },
    {
      name: 'does not look at the restartPolicy of a sidecar init container',
      code: sts('      initContainers:\n      - name: proxy\n        image: envoy\n        restartPolicy: Always\n'),
    },
  ],
  invalid: [
    {
      name: 'reports restartPolicy Never in the apiserver wording',
      code: sts('      restartPolicy: «Never»\n'),
      errors: [{ messageId: 'message', message: 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"' }],
    },
  ],
});
