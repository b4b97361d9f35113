import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service as svc } from './fixtures';
import { ruleTester } from './ruleTester';

const service = (ports: string) => svc(`  ports:\n${ports}`, 'db');

ruleTester.run(findRule('svc-port-invalid')!, {
  valid: [
    {
      name: 'accepts valid ports, named targetPorts, and targetPort 0 or "" (defaulted to port)',
      code: [
        service(
          '  - port: 80\n    targetPort: 8080\n    name: a\n  - port: 81\n    targetPort: http-web\n    name: b\n  - port: 82\n    targetPort: 0\n    name: c\n  - port: 83\n    targetPort: ""\n    name: d\n',
        ),
        WEB_EXAMPLE,
      ],
    },
    { name: 'leaves values of the wrong type to the schema check', code: service('  - port: "80"\n    targetPort: true\n') },
  ],
  invalid: [
    {
      name: 'reports a port outside 1-65535',
      code: service('  - port: «70000»\n'),
      errors: [{ messageId: 'port', message: 'spec.ports[0].port 70000: must be between 1 and 65535, inclusive' }],
    },
    { name: 'reports port 0', code: service('  - port: «0»\n'), errors: [{ messageId: 'port', args: ['spec.ports[0]', 0] }] },
    {
      name: 'reports a numeric targetPort outside 1-65535',
      code: service('  - port: 80\n    targetPort: «-1»\n'),
      errors: [{ messageId: 'targetPort', message: 'spec.ports[0].targetPort -1: must be between 1 and 65535, inclusive' }],
    },
    {
      name: 'reports a targetPort name that is not an IANA service name',
      code: service('  - port: 80\n    targetPort: «http_metrics_port»\n'),
      errors: [
        {
          messageId: 'targetPort',
          message: 'spec.ports[0].targetPort "http_metrics_port": must be no more than 15 characters, must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        },
      ],
    },
    {
      name: 'explains that a quoted number is a port name',
      code: service('  - port: 80\n    targetPort: «"8080"»\n'),
      errors: [
        {
          messageId: 'targetPort',
          message: 'spec.ports[0].targetPort "8080": must contain at least one letter (a-z) (a quoted number is read as a port name: write 8080 without quotes)',
        },
      ],
    },
  ],
});
