import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service as svc } from './fixtures';
import { ruleTester } from './ruleTester';

const service = (spec: string) => svc(`${spec}  ports:\n  - port: 5432\n`, 'db');

ruleTester.run(findRule('svc-headless-type-invalid')!, {
  valid: [
    {
      name: 'accepts a headless ClusterIP Service and a NodePort Service with a cluster IP',
      code: [service('  clusterIP: None\n'), service('  type: ClusterIP\n  clusterIP: None\n'), service('  type: NodePort\n'), WEB_EXAMPLE],
    },
  ],
  invalid: [
    {
      name: 'reports clusterIP None on a LoadBalancer Service',
      code: service('  type: LoadBalancer\n  clusterIP: «None»\n'),
      errors: [{ messageId: 'message', message: `spec.clusterIP "None": may not be set to 'None' for LoadBalancer services (spec.type "LoadBalancer")` }],
    },
    {
      name: 'reports clusterIPs [None] on a NodePort Service',
      code: service('  type: NodePort\n  clusterIPs: [«None»]\n'),
      errors: [{ messageId: 'message', message: `spec.clusterIPs[0] "None": may not be set to 'None' for NodePort services (spec.type "NodePort")` }],
    },
  ],
});
