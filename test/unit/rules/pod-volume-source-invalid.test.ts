import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-volume-source-invalid')!, {
  valid: [
    {
      name: 'accepts one source per volume with the name it needs (validateVolumeSource)',
      code: [
        WEB_EXAMPLE,
        podTemplate(`      volumes:
      - {name: a, emptyDir: {}}
      - {name: f, emptyDir: {sizeLimit: 1Gi, medium: Memory}}
      - {name: g, hostPath: {path: /var/log, type: ""}}
      - {name: h, hostPath: {path: /dev/sda, type: BlockDevice}}
      - {name: b, secret: {secretName: tls}}
      - {name: c, configMap: {name: app}}
      - {name: d, persistentVolumeClaim: {claimName: shared}}
      - name: e
        projected:
          sources:
          - secret: {name: tls}
          - configMap: {name: app}
`),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a volume without a source, `emptyDir:` with nothing after it included',
      code: podTemplate('      volumes:\n      - «name»: scratch\n      - «name»: cache\n        emptyDir:\n'),
      errors: [
        { messageId: 'required', message: 'spec.template.spec.volumes[0]: Required value: must specify a volume type' },
        { messageId: 'required', message: 'spec.template.spec.volumes[1]: Required value: must specify a volume type' },
      ],
    },
    {
      name: 'reports the second source in upstream order, not in the order written',
      code: podTemplate('      volumes:\n      - name: conf\n        «configMap»: {name: app}\n        secret: {secretName: tls}\n'),
      errors: [{ messageId: 'forbidden', message: 'spec.template.spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type' }],
    },
    {
      name: 'reports a Secret without secretName, a ConfigMap with an empty name and a projected Secret without name',
      code: podTemplate(`      volumes:
      - name: a
        «secret»: {defaultMode: 0400}
      - name: b
        configMap: {name: «""»}
      - name: c
        projected:
          sources:
          - «secret»: {}
`),
      errors: [
        { messageId: 'required', message: 'spec.template.spec.volumes[0].secret.secretName: Required value' },
        { messageId: 'required', message: 'spec.template.spec.volumes[1].configMap.name: Required value' },
        { messageId: 'required', message: 'spec.template.spec.volumes[2].projected.sources[0].secret.name: Required value' },
      ],
    },
    {
      name: 'reports a miscased hostPath type with its exact spelling (validateHostPathType)',
      code: podTemplate('      volumes:\n      - name: logs\n        hostPath: {path: /var/log, type: «directory»}\n'),
      errors: [
        {
          messageId: 'unsupported',
          message: 'spec.template.spec.volumes[0].hostPath.type: Unsupported value: "directory": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"',
        },
      ],
      output: podTemplate('      volumes:\n      - name: logs\n        hostPath: {path: /var/log, type: Directory}\n'),
    },
    {
      name: 'reports a negative emptyDir sizeLimit',
      code: podTemplate('      volumes:\n      - name: scratch\n        emptyDir: {sizeLimit: «-1Gi»}\n'),
      errors: [{ messageId: 'forbidden', message: 'spec.template.spec.volumes[0].emptyDir.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity' }],
    },
  ],
});
