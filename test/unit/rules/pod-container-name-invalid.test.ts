import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate as sts } from './fixtures';
import { ruleTester } from './ruleTester';

const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

ruleTester.run(findRule('pod-container-name-invalid')!, {
  valid: [{ name: 'accepts DNS-1123 label names', code: [sts('      containers:\n      - name: app-2\n        image: app\n'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports a container name with an underscore',
      code: sts('      containers:\n      - name: «my_app»\n        image: app\n'),
      errors: [{ messageId: 'invalid', message: `spec.template.spec.containers[0].name: Invalid value: "my_app": ${LABEL_PROBLEM}` }],
    },
    {
      name: 'reports an init container without a name at the container',
      code: sts('      initContainers:\n      - «image: busybox»\n      containers:\n      - name: app\n        image: app\n'),
      errors: [{ messageId: 'required', message: 'spec.template.spec.initContainers[0].name: Required value' }],
    },
  ],
});
