import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, labelledStatefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const WWW = '  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n';
const statefulSet = (podSpec: string, claims = WWW) => labelledStatefulSet(podSpec, claims);
const mounting = (name: string) => `${container()}        volumeMounts:\n        - name: ${name}\n          mountPath: /data\n`;

ruleTester.run(findRule('pod-volume-mount-not-found')!, {
  valid: [
    {
      name: 'accepts mounts of template volumes and claim templates',
      code: [
        statefulSet(
          `${container()}        volumeMounts:\n        - name: www\n          mountPath: /www\n        - name: tmp\n          mountPath: /tmp\n      volumes:\n      - name: tmp\n        emptyDir: {}\n`,
        ),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a mount that names neither a volume nor a claim template, in the apiserver wording',
      code: statefulSet(mounting('«data»')),
      errors: [
        {
          messageId: 'message',
          message: 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"; volumes and claim templates: "www"',
          data: { name: 'data', candidates: ['www'] },
        },
      ],
    },
    {
      name: 'checks init containers too and ranks candidates by similarity',
      code: statefulSet(
        '      initContainers:\n      - name: init\n        image: busybox\n        volumeMounts:\n        - name: «confg»\n          mountPath: /c\n' +
          `${container()}      volumes:\n      - name: scratch\n        emptyDir: {}\n      - name: config\n        configMap:\n          name: cfg\n`,
      ),
      errors: [
        {
          messageId: 'message',
          message: 'spec.template.spec.initContainers[0].volumeMounts[0].name: Not found: "confg"; volumes and claim templates: "config", "www", "scratch"',
        },
      ],
    },
    {
      name: 'says so when the pod has no volumes at all',
      code: statefulSet(mounting('«data»'), ''),
      errors: [{ messageId: 'messageNoVolumes', message: 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"; the pod has no volumes or claim templates' }],
    },
  ],
});
