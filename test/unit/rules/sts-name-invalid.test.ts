import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSetWith } from './fixtures';
import { ruleTester } from './ruleTester';

const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";
const REQUIRED = 'metadata.name: Required value: name or generateName is required';
const sts = (metadata: string) => statefulSetWith(`${metadata}spec:\n  serviceName: nginx\n`);
const long = 'a'.repeat(64);

ruleTester.run(findRule('sts-name-invalid')!, {
  valid: [
    { name: 'accepts generateName instead of a name, including its trailing dash', code: sts('metadata:\n  generateName: web-\n') },
    { name: 'accepts a DNS-1123 label, even one starting with a digit', code: [sts('metadata:\n  name: 2-web\n'), WEB_EXAMPLE] },
    { name: 'leaves a name of the wrong type to the schema check', code: sts('metadata:\n  name: 123\n') },
  ],
  invalid: [
    {
      name: 'reports a name with uppercase letters and dots in the apiserver wording',
      code: sts('metadata:\n  name: «Web.v1»\n'),
      errors: [{ messageId: 'message.invalid', message: `metadata.name: Invalid value: "Web.v1": ${LABEL_PROBLEM}` }],
    },
    {
      name: 'reports a name longer than 63 characters',
      code: sts(`metadata:\n  name: «${long}»\n`),
      errors: [{ messageId: 'message.invalid', message: `metadata.name: Invalid value: "${long}": must be no more than 63 characters` }],
    },
    { name: 'reports a missing name at the metadata key', code: sts('«metadata»:\n  labels:\n    app: web\n'), errors: [{ messageId: 'message.required', message: REQUIRED }] },
    { name: 'reports a name key without a value at the key', code: sts('metadata:\n  «name»:\n'), errors: [{ messageId: 'message.required', message: REQUIRED }] },
    {
      name: 'reports an invalid generateName prefix',
      code: sts('metadata:\n  generateName: «Web-»\n'),
      errors: [{ messageId: 'message.invalid', message: `metadata.generateName: Invalid value: "Web-": ${LABEL_PROBLEM}` }],
    },
  ],
});
