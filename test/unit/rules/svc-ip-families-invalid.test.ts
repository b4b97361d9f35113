import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

const PORTS = '  ports:\n  - port: 80\n';

ruleTester.run(findRule('svc-ip-families-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateServiceClusterIPsRelatedFields accepts: one or two distinct families, matching cluster IPs, a dual-stack policy for two',
      code: [
        WEB_EXAMPLE,
        service(`  ipFamilyPolicy: SingleStack\n  ipFamilies: [IPv6]\n${PORTS}`),
        service(`  ipFamilyPolicy: RequireDualStack\n  ipFamilies: [IPv6, IPv4]\n  clusterIP: fd00::10\n  clusterIPs: [fd00::10, 10.96.0.10]\n${PORTS}`),
        service('  clusterIP: None\n  ipFamilies: [IPv4, IPv6]\n  ipFamilyPolicy: PreferDualStack\n'),
        service('  type: ExternalName\n  externalName: db.example.com\n  ipFamilyPolicy: null\n  ipFamilies: []\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports an unsupported family, then a repeated one (ValidateServiceClusterIPsRelatedFields)',
      code: service(`  ipFamilies: [«ipv4», IPv6, «IPv6»]\n${PORTS}`),
      errors: [
        { messageId: 'unsupported', message: 'spec.ipFamilies[0]: Unsupported value: "ipv4": supported values: "IPv4", "IPv6"', data: { suggestion: 'IPv4' } },
        { messageId: 'duplicate', message: 'spec.ipFamilies[2]: Duplicate value: "IPv6"' },
      ],
      output: service(`  ipFamilies: [IPv4, IPv6, IPv6]\n${PORTS}`),
    },
    {
      name: 'reports an unsupported policy, and SingleStack with two families and two cluster IPs (initIPFamilyFields)',
      code: `${service(`  ipFamilyPolicy: «DualStack»\n${PORTS}`)}---\n${service(`  ipFamilyPolicy: «SingleStack»\n  ipFamilies: [IPv4]\n  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, fd00::10]\n${PORTS}`)}---\n${service(`  ipFamilyPolicy: «SingleStack»\n  ipFamilies: [IPv4, IPv6]\n${PORTS}`)}`,
      errors: [
        { messageId: 'unsupported', message: 'spec.ipFamilyPolicy: Unsupported value: "DualStack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"' },
        { messageId: 'invalid', message: `spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified` },
        { messageId: 'invalid', message: `spec.ipFamilyPolicy: Invalid value: "SingleStack": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified` },
      ],
    },
    {
      name: 'reports a cluster IP of the other family than ipFamilies says at its index, clusterIP alone included',
      code: `${service(`  ipFamilies: [IPv6]\n  clusterIP: «10.96.0.10»\n${PORTS}`)}---\n${service(`  ipFamilies: [IPv4, IPv6]\n  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, «10.96.0.11»]\n${PORTS}`)}`,
      errors: [
        { messageId: 'invalid', message: 'spec.clusterIPs[0]: Invalid value: "10.96.0.10": expected an IPv6 value as indicated by `ipFamilies[0]`' },
        { messageId: 'invalid', message: 'spec.clusterIPs[1]: Invalid value: "10.96.0.11": expected an IPv6 value as indicated by `ipFamilies[1]`' },
      ],
    },
    {
      name: 'reports ipFamilies and ipFamilyPolicy on an ExternalName Service (ValidateService)',
      code: service('  type: ExternalName\n  externalName: db.example.com\n  «ipFamilies»: [IPv4]\n  «ipFamilyPolicy»: SingleStack\n'),
      errors: [
        { messageId: 'forbidden', message: 'spec.ipFamilies: Forbidden: may not be set for ExternalName services' },
        { messageId: 'forbidden', message: 'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services' },
      ],
    },
  ],
});
