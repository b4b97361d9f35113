import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { governedStatefulSet as statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const HEADLESS_WEB_HL = `apiVersion: v1
kind: Service
metadata:
  name: web-hl
spec:
  clusterIP: None
  selector:
    app: nginx
`;
const NOT_FOUND =
  'spec.serviceName "nginx" matches no Service in the files checked (it may be defined elsewhere): pods get DNS names only from a headless Service of that name in namespace "default"';

ruleTester.run(findRule('sts-service-not-found')!, {
  valid: [
    { name: 'finds the Service in another file checked together', code: statefulSet('web-hl'), others: { 'file:///svc.yaml': HEADLESS_WEB_HL } },
    { name: 'stays silent when serviceName is missing or cannot name a Service', code: ['""', '"2nginx"', '"Nginx"', '80'].map((value) => statefulSet(value)) },
    {
      name: 'leaves a Service in another namespace to sts-service-namespace-mismatch',
      code: `${statefulSet('web-hl')}---\n${HEADLESS_WEB_HL.replace('name: web-hl', 'name: web-hl\n  namespace: other')}`,
    },
    { name: 'accepts the docs example', code: WEB_EXAMPLE },
  ],
  invalid: [
    { name: 'reports a StatefulSet whose serviceName matches no Service', code: statefulSet('«nginx»'), errors: [{ messageId: 'message', message: NOT_FOUND }] },
    {
      name: 'names the headless Services of the namespace in the message and in data',
      code: `${statefulSet('«nginx»')}---\n${HEADLESS_WEB_HL}`,
      errors: [
        {
          messageId: 'message',
          message: `${NOT_FOUND}; headless Services in this namespace: "web-hl"`,
          data: { serviceName: 'nginx', namespace: 'default', templateLabels: { app: 'nginx' }, headlessServices: ['web-hl'] },
        },
      ],
    },
  ],
});
