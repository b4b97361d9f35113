import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('svc-external-name-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateService accepts for ExternalName: a DNS subdomain, with a trailing dot too; other types may carry externalName',
      code: [
        WEB_EXAMPLE,
        service('  type: ExternalName\n  externalName: db.example.com\n'),
        service('  type: ExternalName\n  externalName: db.example.com.\n  selector:\n    app: db\n'),
        service('  externalName: Not A Name\n  ports:\n  - port: 80\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports an ExternalName Service without externalName at spec (ValidateService)',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n«spec»:\n  type: ExternalName\n',
      errors: [{ messageId: 'required', message: 'spec.externalName: Required value' }],
    },
    {
      name: 'reports an empty externalName at its key, and one that is a URL',
      code: `${service('  type: ExternalName\n  «externalName»: .\n')}---\n${service('  type: ExternalName\n  externalName: «https://db.example.com»\n')}`,
      errors: [
        { messageId: 'required', args: ['spec.externalName', ''] },
        {
          messageId: 'invalid',
          message:
            "spec.externalName: Invalid value: \"https://db.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')",
        },
      ],
    },
  ],
});
