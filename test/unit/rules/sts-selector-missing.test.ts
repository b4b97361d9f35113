import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSetWith } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (spec: string) => statefulSetWith(`metadata:\n  name: web\n${spec}`);

ruleTester.run(findRule('sts-selector-missing')!, {
  valid: [
    {
      name: 'accepts a selector with matchLabels or only matchExpressions',
      code: [WEB_EXAMPLE, sts('spec:\n  selector:\n    matchExpressions:\n    - {key: app, operator: Exists}\n')],
    },
  ],
  invalid: [
    {
      name: 'reports a missing selector at the spec key',
      code: sts('«spec»:\n  serviceName: nginx\n'),
      errors: [{ messageId: 'message.required', message: 'spec.selector: Required value' }],
    },
    {
      name: 'reports a selector key without a value at the key',
      code: sts('spec:\n  «selector»:\n  serviceName: nginx\n'),
      errors: [{ messageId: 'message.required', message: 'spec.selector: Required value' }],
    },
    {
      name: 'says that apps/v1beta1 defaulted the selector, which apps/v1 no longer does',
      code: sts('«spec»:\n  serviceName: nginx\n').replace('apps/v1', 'apps/v1beta1'),
      errors: [
        { messageId: 'message.requiredV1beta1', message: 'spec.selector: Required value (apps/v1beta1 defaulted it from the template labels; apps/v1 requires it)' },
      ],
    },
    {
      name: 'reports an empty selector',
      code: sts('spec:\n  «selector»:\n    matchLabels: {}\n'),
      errors: [{ messageId: 'message.empty', message: 'spec.selector: Invalid value: {}: empty selector is invalid for statefulset' }],
    },
  ],
});
