import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate, withClaimTemplates } from './fixtures';
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
    {
      name: "reports it in an ephemeral volume's claim template too, which validateEphemeralVolumeSource validates as the same PVC spec",
      code: podTemplate(
        '      containers:\n      - {name: app, image: app}\n      volumes:\n      - name: scratch\n        ephemeral:\n          volumeClaimTemplate:\n' +
          '            spec: {accessModes: [ReadWriteOnce], storageClassName: «Premium_LRS», resources: {requests: {storage: 1Gi}}}\n',
      ),
      errors: [{ messageId: 'invalid', message: `spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate.spec.storageClassName: Invalid value: "Premium_LRS": ${SUBDOMAIN}` }],
    },
  ],
});
