import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";

ruleTester.run(findRule('pod-volume-object-name-invalid')!, {
  valid: [
    { name: 'accepts DNS subdomain names (ValidateSecretName)', code: [WEB_EXAMPLE, podTemplate('      volumes:\n      - {name: a, secret: {secretName: tls.example.com}}\n      - {name: b, configMap: {name: app-config}}\n')] },
  ],
  invalid: [
    {
      name: 'warns about a Secret, a ConfigMap and a claim no object can be named like',
      code: podTemplate(`      volumes:
      - {name: a, secret: {secretName: «TLS_Cert»}}
      - name: b
        projected:
          sources:
          - configMap: {name: «App_Config»}
      - {name: c, persistentVolumeClaim: {claimName: «Shared»}}
`),
      errors: [
        { messageId: 'message', args: ['spec.template.spec.volumes[0].secret.secretName', '"TLS_Cert"', 'Secret', SUBDOMAIN] },
        { messageId: 'message', args: ['spec.template.spec.volumes[1].projected.sources[0].configMap.name', '"App_Config"', 'ConfigMap', SUBDOMAIN] },
        { messageId: 'message', args: ['spec.template.spec.volumes[2].persistentVolumeClaim.claimName', '"Shared"', 'PersistentVolumeClaim', SUBDOMAIN] },
      ],
    },
  ],
});
