import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('svc-node-port-duplicate')!, {
  valid: [
    {
      name: 'accepts distinct node ports, one node port for TCP and UDP, and several ports with none (ValidateService)',
      code: [
        WEB_EXAMPLE,
        service('  type: NodePort\n  ports:\n  - {name: a, port: 80, nodePort: 30080}\n  - {name: b, port: 443, nodePort: 30443}\n'),
        service('  type: NodePort\n  ports:\n  - {name: a, port: 53, nodePort: 30053}\n  - {name: b, port: 53, protocol: UDP, nodePort: 30053}\n'),
        service('  type: NodePort\n  ports:\n  - {name: a, port: 80, nodePort: 0}\n  - {name: b, port: 443}\n  - {name: c, port: 8080, nodePort: 0}\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports the second port asking for the same node port and protocol (TCP by default), pointing at the first',
      code: service('  type: NodePort\n  ports:\n  - {name: a, port: 80, nodePort: 30080}\n  - {name: b, port: 81, protocol: TCP, nodePort: «30080»}\n'),
      errors: [{ messageId: 'duplicate', message: 'spec.ports[1].nodePort: Duplicate value: 30080', related: ['spec.ports[0].nodePort 30080'] }],
    },
  ],
});
