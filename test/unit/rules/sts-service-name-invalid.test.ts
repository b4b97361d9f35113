import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";
const sts = (serviceName: string) => statefulSet(`  serviceName: ${serviceName}\n`);

ruleTester.run(findRule('sts-service-name-invalid')!, {
  valid: [{ name: 'accepts a DNS-1123 label and an empty or missing serviceName', code: [sts('nginx'), sts('""'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports a serviceName with uppercase letters',
      code: sts('«Nginx»'),
      errors: [{ messageId: 'message', message: `spec.serviceName: Invalid value: "Nginx": ${LABEL_PROBLEM}` }],
    },
    {
      name: 'reports a serviceName with a dot (a subdomain, not a label), quotes included in the range',
      code: sts('«"nginx.db"»'),
      errors: [{ messageId: 'message', message: `spec.serviceName: Invalid value: "nginx.db": ${LABEL_PROBLEM}` }],
    },
  ],
});
