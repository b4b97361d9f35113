import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSetWith } from './fixtures';
import { ruleTester } from './ruleTester';

const CONSEQUENCE = 'the pods get no subdomain, so there are no per-pod DNS names such as "<pod>.<service>"';
const sts = (blocks: string) => statefulSetWith(`metadata:\n  name: web\n${blocks}`);

ruleTester.run(findRule('sts-service-name-missing')!, {
  valid: [{ name: 'accepts a StatefulSet with a serviceName', code: WEB_EXAMPLE }],
  invalid: [
    {
      name: 'reports a StatefulSet without serviceName at the spec key',
      code: sts('«spec»:\n  replicas: 2\n'),
      errors: [{ messageId: 'message', message: `spec.serviceName is not set: ${CONSEQUENCE}` }],
    },
    {
      name: 'reports an empty serviceName at its value',
      code: sts('spec:\n  serviceName: «""»\n'),
      errors: [{ messageId: 'message', message: `spec.serviceName is empty: ${CONSEQUENCE}` }],
    },
    {
      name: 'reports a serviceName key without a value at the key',
      code: sts('spec:\n  «serviceName»:\n'),
      errors: [{ messageId: 'message', message: `spec.serviceName has no value: ${CONSEQUENCE}` }],
    },
  ],
});
