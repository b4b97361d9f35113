import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const DETAIL = 'must be a number between 0 and 0777 (octal), both inclusive';

ruleTester.run(findRule('pod-volume-mode-invalid')!, {
  valid: [
    {
      name: 'accepts octal 0644, decimal 420, 0 and 0777 (validateSecretVolumeSource)',
      code: [
        WEB_EXAMPLE,
        podTemplate('      volumes:\n      - name: a\n        secret: {secretName: s, defaultMode: 0644, items: [{key: k, path: p, mode: 0777}]}\n      - name: b\n        configMap: {name: c, defaultMode: 420}\n      - name: c\n        downwardAPI: {defaultMode: 0}\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a decimal 644 and offers 0644, explaining how YAML 1.1 reads it',
      code: podTemplate('      volumes:\n      - name: tls\n        secret:\n          secretName: tls\n          defaultMode: «644»\n'),
      errors: [
        {
          messageId: 'decimal',
          message: `spec.template.spec.volumes[0].secret.defaultMode: Invalid value: 644: ${DETAIL}; YAML reads 644 as a decimal number, write 0644 (with the leading 0, YAML 1.1 reads it as octal)`,
          data: { replacement: '0644' },
        },
      ],
      output: podTemplate('      volumes:\n      - name: tls\n        secret:\n          secretName: tls\n          defaultMode: 0644\n'),
    },
    {
      name: 'reports modes out of range without a fix where no octal was meant, in items and projections',
      code: podTemplate(`      volumes:
      - name: a
        configMap:
          name: c
          items:
          - {key: k, path: p, mode: «-1»}
      - name: b
        projected:
          defaultMode: «1000»
          sources:
          - downwardAPI:
              items:
              - {path: labels, fieldRef: {fieldPath: metadata.labels}, mode: «999»}
`),
      errors: [
        { messageId: 'invalid', args: ['spec.template.spec.volumes[0].configMap.items[0].mode', '-1', DETAIL] },
        { messageId: 'invalid', args: ['spec.template.spec.volumes[1].projected.defaultMode', '1000', DETAIL] },
        // validateDownwardAPIVolumeFile is given the source's path, not the item's.
        { messageId: 'invalid', args: ['spec.template.spec.volumes[1].projected.sources[0].downwardAPI.mode', '999', DETAIL] },
      ],
    },
  ],
});
