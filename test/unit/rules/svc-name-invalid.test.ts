import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service as svc } from './fixtures';
import { ruleTester } from './ruleTester';

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')";
const service = (name: string) => svc('  clusterIP: None\n', name);

ruleTester.run(findRule('svc-name-invalid')!, {
  valid: [
    { name: 'accepts DNS-1035 labels and leaves an empty name alone', code: [service('nginx-2'), service('""'), WEB_EXAMPLE] },
    { name: 'checks Services only', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 2config\n' },
  ],
  invalid: [
    {
      name: 'reports a Service name that starts with a digit',
      code: service('«2nginx»'),
      errors: [{ messageId: 'message', message: `metadata.name "2nginx" is not a valid Service name: ${DNS1035}` }],
    },
    { name: 'reports a dot', code: service('«web.db»'), errors: [{ messageId: 'message', args: ['"web.db"', DNS1035] }] },
    { name: 'reports upper case', code: service('«Web»'), errors: [{ messageId: 'message', args: ['"Web"', DNS1035] }] },
    {
      name: 'reports a name over 63 characters',
      code: service(`«${'a'.repeat(64)}»`),
      errors: [{ messageId: 'message', args: [`"${'a'.repeat(64)}"`, 'must be no more than 63 characters'] }],
    },
  ],
});
