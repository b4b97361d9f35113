import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

const withExternalIPs = (list: string) => service(`  externalIPs: [${list}]\n  ports:\n  - port: 80\n`);

ruleTester.run(findRule('svc-external-ips-invalid')!, {
  valid: [
    {
      name: 'accepts routable IPv4 and IPv6 addresses (ValidateNonSpecialIP), and 224.0.1.1 beyond the link-local multicast block',
      code: [WEB_EXAMPLE, withExternalIPs('192.0.2.10, 2001:db8::10, 224.0.1.1, fe00::1')],
    },
  ],
  invalid: [
    {
      name: 'reports an address that is no IP (IsValidIP), such as one with a port',
      code: withExternalIPs('«192.0.2.10:80»'),
      errors: [{ messageId: 'invalid', message: 'spec.externalIPs[0]: Invalid value: "192.0.2.10:80": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' }],
    },
    {
      name: 'reports unspecified, loopback, link-local and link-local multicast addresses of both families (ValidateNonSpecialIP)',
      code: withExternalIPs('«0.0.0.0», «::1», «169.254.1.1», «fe80::1», «224.0.0.5», «ff02::2», «::ffff:127.0.0.1»'),
      errors: [
        { messageId: 'invalid', message: 'spec.externalIPs[0]: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)' },
        { messageId: 'invalid', args: ['spec.externalIPs[1]', '"::1"', 'may not be in the loopback range (127.0.0.0/8, ::1/128)'] },
        { messageId: 'invalid', args: ['spec.externalIPs[2]', '"169.254.1.1"', 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'] },
        { messageId: 'invalid', args: ['spec.externalIPs[3]', '"fe80::1"', 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'] },
        { messageId: 'invalid', args: ['spec.externalIPs[4]', '"224.0.0.5"', 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'] },
        { messageId: 'invalid', args: ['spec.externalIPs[5]', '"ff02::2"', 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'] },
        { messageId: 'invalid', args: ['spec.externalIPs[6]', '"::ffff:127.0.0.1"', 'may not be in the loopback range (127.0.0.0/8, ::1/128)'] },
      ],
    },
  ],
});
