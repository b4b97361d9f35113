import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, labelledStatefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const C = 'spec.template.spec.containers[0]';
const CLAIMS = '  volumeClaimTemplates:\n  - metadata: {name: data}\n    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n' +
  '  - metadata: {name: raw}\n    spec: {accessModes: [ReadWriteOnce], volumeMode: Block, resources: {requests: {storage: 1Gi}}}\n';
const VOLUMES = '      volumes:\n      - name: config\n        configMap: {name: cfg}\n';
/** Container `nginx` with `lines` (indented eight spaces), a config map volume and two claim templates. */
const sts = (lines: string) => labelledStatefulSet(`${container()}${lines}${VOLUMES}`, CLAIMS);

ruleTester.run(findRule('pod-mount-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateVolumeMounts and ValidateVolumeDevices accept: relative subPaths, one volume at two paths, claim devices',
      code: [
        sts(
          '        volumeMounts:\n        - {name: data, mountPath: /var/lib/data, subPath: pg/data}\n        - {name: config, mountPath: /etc/app, subPathExpr: $(POD_NAME)}\n        - {name: config, mountPath: /etc/other}\n' +
            '        volumeDevices:\n        - {name: raw, devicePath: /dev/xvda}\n',
        ),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports missing and repeated mount paths and a missing name (ValidateVolumeMounts)',
      code: sts('        volumeMounts:\n        - {name: data, mountPath: /data}\n        - {name: config, mountPath: «/data»}\n        - «{name: data}»\n        - {«name»: , mountPath: /x}\n'),
      errors: [
        { messageId: 'invalid', message: `${C}.volumeMounts[1].mountPath: Invalid value: "/data": must be unique` },
        { messageId: 'required', message: `${C}.volumeMounts[2].mountPath: Required value` },
        { messageId: 'required', message: `${C}.volumeMounts[3].name: Required value` },
      ],
    },
    {
      name: 'reports subPaths validateLocalDescendingPath refuses, at the path upstream prints, and subPath with subPathExpr',
      code: sts('        volumeMounts:\n        - {name: data, mountPath: /a, subPath: «/abs»}\n        - {name: data, mountPath: /b, subPath: «x/../../etc»}\n        - {name: config, mountPath: /c, subPath: x, subPathExpr: «$(POD_NAME)»}\n'),
      errors: [
        { messageId: 'invalid', message: `${C}.volumeMounts.subPath: Invalid value: "/abs": must be a relative path` },
        { messageId: 'invalid', message: `${C}.volumeMounts.subPath: Invalid value: "x/../../etc": must not contain '..'` },
        { messageId: 'invalid', message: `${C}.volumeMounts[2].subPathExpr: Invalid value: "$(POD_NAME)": subPathExpr and subPath are mutually exclusive` },
      ],
    },
    {
      name: 'reports devices ValidateVolumeDevices refuses: not a claim, not found, a backstep, used as a mount too (on both sides, as upstream does)',
      code: sts(
        '        volumeMounts:\n        - {name: «data», mountPath: «/data»}\n' +
          '        volumeDevices:\n        - {name: «config», devicePath: /dev/a}\n        - {name: «disk», devicePath: /dev/b}\n        - {name: raw, devicePath: «/dev/../x»}\n        - {name: «data», devicePath: «/data»}\n',
      ),
      errors: [
        { messageId: 'invalid', message: `${C}.volumeMounts[0].name: Invalid value: "data": must not already exist in volumeDevices` },
        { messageId: 'invalid', message: `${C}.volumeMounts[0].mountPath: Invalid value: "/data": must not already exist as a path in volumeDevices` },
        { messageId: 'invalid', message: `${C}.volumeDevices[0].name: Invalid value: "config": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode` },
        { messageId: 'notFound', message: `${C}.volumeDevices[1].name: Not found: "disk"` },
        { messageId: 'invalid', message: `${C}.volumeDevices[2].devicePath: Invalid value: "/dev/../x": can not contain backsteps ('..')` },
        { messageId: 'invalid', message: `${C}.volumeDevices[3].name: Invalid value: "data": must not already exist in volumeMounts` },
        { messageId: 'invalid', message: `${C}.volumeDevices[3].devicePath: Invalid value: "/data": must not already exist as a path in volumeMounts` },
      ],
    },
  ],
});
