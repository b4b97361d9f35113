import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service as svc } from './fixtures';
import { ruleTester } from './ruleTester';

const NOT_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const service = (spec: string) => svc(`${spec}  ports:\n  - port: 5432\n`, 'db');

ruleTester.run(findRule('svc-cluster-ip-invalid')!, {
  valid: [
    {
      name: 'accepts None, IPv4, IPv6, dual-stack pairs, and an empty clusterIP',
      code: [
        '  clusterIP: None\n',
        '  clusterIP: None\n  clusterIPs: [None]\n',
        '  clusterIP: 10.96.0.10\n',
        '  clusterIP: "fd00:10:96::a"\n',
        '  clusterIP: "::ffff:10.0.0.1"\n',
        '  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, "fd00::a"]\n',
        '  clusterIP: ""\n',
        '  clusterIP:\n',
        '  type: ExternalName\n  externalName: db.example.com\n  clusterIP: ""\n',
      ]
        .map((spec) => service(spec))
        .concat(WEB_EXAMPLE),
    },
  ],
  invalid: [
    {
      name: 'reports clusterIP none and says it must be written None',
      code: service('  clusterIP: «none»\n'),
      errors: [{ messageId: 'invalidIP', message: `spec.clusterIP "none": ${NOT_IP}; a headless Service needs "None", with a capital N` }],
    },
    {
      name: 'reports a clusterIP that is not an IP address',
      code: service('  clusterIP: «"10.0.0.256"»\n'),
      errors: [{ messageId: 'invalidIP', message: `spec.clusterIP "10.0.0.256": ${NOT_IP}` }],
    },
    {
      name: 'reports clusterIPs without clusterIP',
      code: service('  «clusterIPs»: [None]\n'),
      errors: [{ messageId: 'ipsWithoutIp', message: 'spec.clusterIPs ["None"]: must be empty when `clusterIP` is not specified (set clusterIP to its first value)' }],
    },
    {
      name: 'reports clusterIPs that do not start with clusterIP',
      code: service('  clusterIP: 10.0.0.1\n  clusterIPs: [«10.0.0.2»]\n'),
      errors: [{ messageId: 'firstMismatch', message: 'spec.clusterIPs[0] "10.0.0.2": first value must match `clusterIP` ("10.0.0.1")' }],
    },
    {
      name: 'reports None among other clusterIPs',
      code: service('  clusterIP: None\n  clusterIPs: [«None», "fd00::1"]\n'),
      errors: [{ messageId: 'noneNotOnly', message: `spec.clusterIPs[0] "None": 'None' must be the first and only value` }],
    },
    {
      name: 'reports too many clusterIPs',
      code: service('  clusterIP: 10.0.0.1\n  «clusterIPs»: [10.0.0.1, "fd00::1", "fd00::2"]\n'),
      errors: [{ messageId: 'tooMany', message: 'spec.clusterIPs ["10.0.0.1","fd00::1","fd00::2"]: may only hold up to 2 values' }],
    },
    {
      name: 'reports two clusterIPs of the same family',
      code: service('  clusterIP: 10.0.0.1\n  «clusterIPs»: [10.0.0.1, 10.0.0.2]\n'),
      errors: [{ messageId: 'sameFamily', message: 'spec.clusterIPs ["10.0.0.1","10.0.0.2"]: may specify no more than one IP for each IP family' }],
    },
    {
      name: 'reports a clusterIP on an ExternalName Service',
      code: service('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: «None»\n'),
      errors: [{ messageId: 'externalName', message: 'spec.clusterIP "None": Forbidden: may not be set for ExternalName services' }],
    },
  ],
});
