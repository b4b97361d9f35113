import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";

ruleTester.run(findRule('vct-storage-class-invalid')!, {
  valid: [
    {
      name: 'accepts DNS subdomains and the empty class (ValidatePersistentVolumeClaimSpec)',
      code: [WEB_EXAMPLE, withClaimTemplates('  - metadata: {name: data}\n    spec: {storageClassName: managed-csi.premium}\n'), withClaimTemplates('  - metadata: {name: data}\n    spec: {storageClassName: ""}\n')],
    },
  ],
  invalid: [
    {
      name: 'reports Premium_LRS',
      code: withClaimTemplates('  - metadata: {name: data}\n    spec:\n      storageClassName: «Premium_LRS»\n'),
      errors: [{ messageId: 'invalid', message: `spec.volumeClaimTemplates[0].spec.storageClassName: Invalid value: "Premium_LRS": ${SUBDOMAIN}` }],
    },
  ],
});
