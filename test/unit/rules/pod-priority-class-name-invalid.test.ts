import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-priority-class-name-invalid')!, {
  valid: [{ name: 'accepts DNS subdomain names (ValidatePodSpec, ValidatePriorityClassName)', code: [WEB_EXAMPLE, podTemplate('      priorityClassName: system-cluster-critical\n')] }],
  invalid: [
    {
      name: 'reports an uppercase name',
      code: podTemplate('      priorityClassName: «High»\n'),
      errors: [
        {
          messageId: 'invalid',
          message: `spec.template.spec.priorityClassName: Invalid value: "High": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')`,
        },
      ],
    },
  ],
});
