import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-volume-items-invalid')!, {
  valid: [
    {
      name: 'accepts relative paths with a key (validateKeyToPath), `..` inside a name included',
      code: [WEB_EXAMPLE, podTemplate('      volumes:\n      - name: a\n        secret:\n          secretName: s\n          items:\n          - {key: tls.crt, path: certs/tls.crt}\n          - {key: x, path: a..b}\n'), podTemplate("      volumes:\n      - name: info\n        downwardAPI:\n          items:\n          - {path: zone, fieldRef: {fieldPath: \"metadata.labels['topology.kubernetes.io/zone']\"}}\n          - {path: cpu, resourceFieldRef: {containerName: app, resource: limits.cpu}}\n          - {path: uid, fieldRef: {apiVersion: v1, fieldPath: metadata.uid}}\n")],
    },
  ],
  invalid: [
    {
      name: 'reports a missing key and an absolute path (ValidateLocalNonReservedPath)',
      code: podTemplate('      volumes:\n      - name: a\n        configMap:\n          name: c\n          items:\n          - «path»: «/etc/app.conf»\n'),
      errors: [
        { messageId: 'required', message: 'spec.template.spec.volumes[0].configMap.items[0].key: Required value' },
        { messageId: 'invalid', message: 'spec.template.spec.volumes[0].configMap.items[0].path: Invalid value: "/etc/app.conf": must be a relative path' },
      ],
    },
    {
      name: 'reports an absolute path, a `..` element and a path starting with `..`',
      code: podTemplate(`      volumes:
      - name: a
        secret:
          secretName: s
          items:
          - {key: a, path: «/etc/a»}
          - {key: b, path: «x/../../b»}
          - {key: c, path: «..c»}
`),
      errors: [
        { messageId: 'invalid', message: 'spec.template.spec.volumes[0].secret.items[0].path: Invalid value: "/etc/a": must be a relative path' },
        { messageId: 'invalid', message: `spec.template.spec.volumes[0].secret.items[1].path: Invalid value: "x/../../b": must not contain '..'` },
        { messageId: 'invalid', message: `spec.template.spec.volumes[0].secret.items[2].path: Invalid value: "..c": must not start with '..'` },
      ],
    },
    {
      name: 'reports a downward API file without a path at the source path, as upstream prints it',
      code: podTemplate('      volumes:\n      - name: info\n        downwardAPI:\n          items:\n          - «fieldRef»: {fieldPath: metadata.name}\n'),
      errors: [{ messageId: 'required', message: 'spec.template.spec.volumes[0].downwardAPI.path: Required value' }],
    },
    {
      name: 'reports a pod field a volume cannot project, an unknown field label and a file without a source (validateObjectFieldSelector)',
      code: podTemplate(`      volumes:
      - name: info
        downwardAPI:
          items:
          - {path: node, fieldRef: {fieldPath: «spec.nodeName»}}
          - {path: x, fieldRef: {fieldPath: «metadata.labelz»}}
          - «path»: empty
`),
      errors: [
        {
          messageId: 'unsupported',
          message: 'spec.template.spec.volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: "spec.nodeName": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"',
        },
        { messageId: 'invalid', message: 'spec.template.spec.volumes[0].downwardAPI.fieldRef.fieldPath: Invalid value: "metadata.labelz": error converting fieldPath: field label not supported: metadata.labelz' },
        { messageId: 'required', message: 'spec.template.spec.volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is required' },
      ],
    },
  ],
});
