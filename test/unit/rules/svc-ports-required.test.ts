import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { ruleTester } from './ruleTester';

const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n${spec}`;

ruleTester.run(findRule('svc-ports-required')!, {
  valid: [
    {
      name: 'accepts headless and ExternalName Services without ports',
      code: [service('spec:\n  clusterIP: None\n'), service('spec:\n  type: ExternalName\n  externalName: db.example.com\n')],
    },
    { name: 'accepts a Service with ports', code: [service('spec:\n  ports:\n  - port: 5432\n'), WEB_EXAMPLE] },
  ],
  invalid: [
    {
      name: 'reports a ClusterIP Service without ports at the spec key',
      code: service('«spec»:\n  selector:\n    app: db\n'),
      errors: [
        {
          messageId: 'message',
          message: 'spec.ports: Required value: Service "db" is neither headless (clusterIP: None) nor of type ExternalName, so it needs at least one port',
        },
      ],
    },
    { name: 'reports an empty ports list at its key', code: service('spec:\n  «ports»: []\n  clusterIP: 10.0.0.1\n'), errors: [{ messageId: 'message' }] },
    { name: 'reports a Service without spec at its name', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: «db»\n', errors: [{ messageId: 'message' }] },
  ],
});
