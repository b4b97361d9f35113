import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, labelledStatefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const CLAIM_SPEC = '    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n';
const statefulSet = (claim: string) => labelledStatefulSet(container(), `  volumeClaimTemplates:\n${claim}${CLAIM_SPEC}`);
const MESSAGE = 'spec.volumeClaimTemplates[0].metadata.name: Required value: a claim template needs a name (its PVCs are named <name>-web-<ordinal>)';

ruleTester.run(findRule('vct-name-missing')!, {
  valid: [{ name: 'accepts a named claim template', code: [statefulSet('  - metadata:\n      name: data\n'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports a claim template whose metadata has no name at the metadata key',
      code: statefulSet('  - «metadata»:\n      labels:\n        app: nginx\n'),
      errors: [{ messageId: 'message', message: MESSAGE }],
    },
    { name: 'reports an empty name at its value', code: statefulSet('  - metadata:\n      name: «""»\n'), errors: [{ messageId: 'message', message: MESSAGE }] },
    { name: 'reports a name without value at its key', code: statefulSet('  - metadata:\n      «name»:\n'), errors: [{ messageId: 'message', message: MESSAGE }] },
    {
      name: 'reports a claim template without metadata at its first key',
      code: statefulSet('  - «kind»: PersistentVolumeClaim\n'),
      errors: [{ messageId: 'message', message: MESSAGE }],
    },
  ],
});
