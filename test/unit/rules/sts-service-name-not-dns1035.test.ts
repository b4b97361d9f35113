import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (serviceName: string) => statefulSet(`  serviceName: ${serviceName}\n`);

ruleTester.run(findRule('sts-service-name-not-dns1035')!, {
  valid: [
    { name: 'accepts a name that starts with a letter', code: [sts('nginx2'), WEB_EXAMPLE] },
    { name: 'leaves names that are not DNS-1123 labels to sts-service-name-invalid', code: sts('2Nginx') },
  ],
  invalid: [
    {
      name: 'reports a serviceName that starts with a digit',
      code: sts('«2nginx»'),
      errors: [
        {
          messageId: 'message',
          message:
            `spec.serviceName "2nginx" can never name a Service: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')`,
        },
      ],
    },
  ],
});
