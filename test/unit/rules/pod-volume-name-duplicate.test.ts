import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (volumes: string, claims = '') => podTemplate(`${container('app')}      volumes:\n${volumes}`) + claims;

ruleTester.run(findRule('pod-volume-name-duplicate')!, {
  valid: [
    {
      name: 'ignores volumes named like a claim template, which the claim replaces',
      code: sts(
        '      - name: data\n        emptyDir: {}\n      - name: data\n        emptyDir: {}\n',
        '  volumeClaimTemplates:\n  - metadata:\n      name: data\n    spec: {accessModes: [ReadWriteOnce]}\n',
      ),
    },
    { name: 'accepts distinct volume names', code: [sts('      - name: a\n        emptyDir: {}\n      - name: b\n        emptyDir: {}\n'), WEB_EXAMPLE] },
  ],
  invalid: [
    {
      name: 'reports the second template volume with the same name',
      code: sts('      - name: config\n        emptyDir: {}\n      - name: «config»\n        configMap: {name: app}\n'),
      errors: [
        { messageId: 'message', message: 'spec.template.spec.volumes[1].name: Duplicate value: "config" (also spec.template.spec.volumes[0].name)' },
      ],
    },
  ],
});
