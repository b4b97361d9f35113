import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

const statefulSet = (claimSpec: string) => withClaimTemplates(`  - metadata:\n      name: data\n    spec:\n      accessModes: [ReadWriteOnce]\n${claimSpec}`);
const PATH = 'spec.volumeClaimTemplates[0].spec.resources.requests.storage';

ruleTester.run(findRule('vct-storage-request-missing')!, {
  valid: [
    {
      name: 'accepts a positive storage request',
      code: ['1Gi', '500M', '1e9', '0.5Gi', '10'].map((size) => statefulSet(`      resources:\n        requests:\n          storage: ${size}\n`)).concat(WEB_EXAMPLE),
    },
  ],
  invalid: [
    {
      name: 'reports requests without storage at the requests key',
      code: statefulSet('      resources:\n        «requests»:\n          cpu: 1\n'),
      errors: [{ messageId: 'requiredNamed', message: `${PATH}: Required value: a claim template must request a storage size, e.g. storage: 1Gi (claim template "data")` }],
    },
    {
      name: 'reports a claim template without resources at its spec key',
      code: statefulSet('').replace('    spec:\n      accessModes', '    «spec»:\n      accessModes'),
      errors: [{ messageId: 'requiredNamed', args: [PATH, '"data"'] }],
    },
    {
      name: 'reports a storage request of zero',
      code: statefulSet('      resources:\n        requests:\n          storage: «0Gi»\n'),
      errors: [{ messageId: 'notPositiveNamed', message: `${PATH} "0Gi": must be greater than zero (claim template "data")` }],
    },
  ],
});
