import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-volume-items-invalid')!, {
  valid: [
    {
      name: 'accepts relative paths with a key (validateKeyToPath), `..` inside a name included',
      code: [WEB_EXAMPLE, podTemplate('      volumes:\n      - name: a\n        secret:\n          secretName: s\n          items:\n          - {key: tls.crt, path: certs/tls.crt}\n          - {key: x, path: a..b}\n')],
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
  ],
});
