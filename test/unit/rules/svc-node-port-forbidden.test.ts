import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service as svc } from './fixtures';
import { ruleTester } from './ruleTester';

const service = (spec: string) => svc(spec, 'db');

ruleTester.run(findRule('svc-node-port-forbidden')!, {
  valid: [
    {
      name: 'accepts nodePort on NodePort and LoadBalancer Services, and nodePort 0 anywhere',
      code: [
        service('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080\n'),
        service('  type: LoadBalancer\n  ports:\n  - port: 80\n    nodePort: 30080\n'),
        service('  ports:\n  - port: 80\n    nodePort: 0\n'),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a nodePort on a Service of the default type',
      code: service('  clusterIP: None\n  ports:\n  - port: 5432\n    nodePort: «30432»\n'),
      errors: [{ messageId: 'message', message: "spec.ports[0].nodePort 30432: Forbidden: may not be used when `type` is 'ClusterIP'" }],
    },
    {
      name: 'reports every port with a nodePort on an explicit ClusterIP Service',
      code: service('  type: ClusterIP\n  ports:\n  - port: 80\n    nodePort: «30080»\n    name: web\n  - port: 443\n    name: tls\n    nodePort: «30443»\n'),
      errors: [
        { messageId: 'message', args: ['spec.ports[0].nodePort', 30080] },
        { messageId: 'message', args: ['spec.ports[1].nodePort', 30443] },
      ],
    },
  ],
});
