import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-service-account-name-invalid')!, {
  valid: [{ name: 'accepts DNS subdomain names and an empty one (ValidatePodSpec)', code: [WEB_EXAMPLE, podTemplate('      serviceAccountName: db.backup-1\n'), podTemplate('      serviceAccountName: ""\n')] }],
  invalid: [
    {
      name: 'reports a name with an underscore',
      code: podTemplate('      serviceAccountName: «db_backup»\n'),
      errors: [
        {
          messageId: 'invalid',
          message: `spec.template.spec.serviceAccountName: Invalid value: "db_backup": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')`,
        },
      ],
    },
  ],
});
