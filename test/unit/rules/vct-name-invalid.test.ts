import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet, withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

ruleTester.run(findRule('vct-name-invalid')!, {
  valid: [
    { name: 'accepts DNS-1123 label claim names (ValidateStatefulSetSpec)', code: [WEB_EXAMPLE, withClaimTemplates('  - metadata: {name: data-1}\n')] },
    { name: 'leaves a missing name to vct-name-missing', code: withClaimTemplates('  - metadata: {name: ""}\n') },
  ],
  invalid: [
    {
      name: 'reports a claim name that cannot be a pod volume name, at the volume the apiserver adds for it',
      code: statefulSet('  volumeClaimTemplates:\n  - metadata: {name: data}\n  - metadata: {name: «Logs_1»}\n'),
      errors: [{ messageId: 'invalid', message: `spec.template.spec.volumes[1].name: Invalid value: "Logs_1": ${LABEL_PROBLEM}` }],
    },
  ],
});
