import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

const statefulSet = (claimSpec: string) => withClaimTemplates(`  - metadata:\n      name: data\n${claimSpec}`);
const RESOURCES = '      resources:\n        requests:\n          storage: 1Gi\n';
const PATH = 'spec.volumeClaimTemplates[0].spec.accessModes';

ruleTester.run(findRule('vct-access-modes-missing')!, {
  valid: [
    { name: 'leaves a spec of the wrong type to the schema check', code: statefulSet('    spec: 4\n') },
    { name: 'accepts a claim template with an access mode', code: [statefulSet(`    spec:\n      accessModes: [ReadWriteOncePod]\n${RESOURCES}`), WEB_EXAMPLE] },
  ],
  invalid: [
    {
      name: 'reports a claim template without accessModes at its spec key',
      code: statefulSet(`    «spec»:\n${RESOURCES}`),
      errors: [{ messageId: 'messageNamed', message: `${PATH}: Required value: at least 1 access mode is required (claim template "data")` }],
    },
    {
      name: 'reports an empty accessModes list at its key',
      code: statefulSet(`    spec:\n      «accessModes»: []\n${RESOURCES}`),
      errors: [{ messageId: 'messageNamed', args: [PATH, '"data"'] }],
    },
    {
      name: 'reports a claim template without spec at its name',
      code: statefulSet('').replace('\n      name: data\n', '\n      name: «data»\n'),
      errors: [{ messageId: 'messageNamed', args: [PATH, '"data"'] }],
    },
  ],
});
