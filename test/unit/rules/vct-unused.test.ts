import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, labelledStatefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const statefulSet = (containers: string, claimName = 'data') =>
  labelledStatefulSet(
    containers,
    `  volumeClaimTemplates:\n  - metadata:\n      name: ${claimName}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n`,
  );
const CONTAINER = container();
const INIT = '      initContainers:\n      - name: init\n        image: busybox\n        volumeMounts:\n        - name: data\n          mountPath: /data\n';

ruleTester.run(findRule('vct-unused')!, {
  valid: [
    {
      name: 'counts mounts of init containers and raw block devices',
      code: [statefulSet(INIT + CONTAINER), statefulSet(`${CONTAINER}        volumeDevices:\n        - name: data\n          devicePath: /dev/xvda\n`)],
    },
    { name: 'accepts a mounted claim template', code: [statefulSet(`${CONTAINER}        volumeMounts:\n        - name: data\n          mountPath: /data\n`), WEB_EXAMPLE] },
  ],
  invalid: [
    {
      name: 'reports a claim template that no container mounts',
      code: statefulSet(CONTAINER, '«data»'),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.volumeClaimTemplates[0].metadata.name "data" is not mounted by any container: every pod still gets a PersistentVolumeClaim "data-web-0" that nothing uses',
        },
      ],
    },
  ],
});
