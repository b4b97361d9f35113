import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

ruleTester.run(findRule('pod-dns-config-invalid')!, {
  valid: [
    {
      name: 'accepts IPv4 and IPv6 nameservers, searches with a trailing dot and named options (validatePodDNSConfig)',
      code: [WEB_EXAMPLE, podTemplate('      dnsConfig:\n        nameservers: [10.0.0.10, "2001:db8::1"]\n        searches: [svc.cluster.local., example.com]\n        options: [{name: ndots, value: "2"}]\n')],
    },
  ],
  invalid: [
    {
      name: 'reports a host name as nameserver, an uppercase search domain and an option without a name',
      code: podTemplate('      dnsConfig:\n        nameservers: [«dns.google»]\n        searches: [«Corp.Example.com»]\n        options:\n        - «value»: "2"\n'),
      errors: [
        { messageId: 'invalid', message: `spec.template.spec.dnsConfig.nameservers[0]: Invalid value: "dns.google": ${IP}` },
        {
          messageId: 'invalid',
          args: ['spec.template.spec.dnsConfig.searches[0]', '"Corp.Example.com"', "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')"],
        },
        { messageId: 'required', message: 'spec.template.spec.dnsConfig.options[0]: Required value: must not be empty' },
      ],
    },
    {
      name: 'reports a fourth nameserver',
      code: podTemplate('      dnsConfig:\n        «nameservers»: [1.1.1.1, 8.8.8.8, 9.9.9.9, 1.0.0.1]\n'),
      errors: [{ messageId: 'invalid', message: 'spec.template.spec.dnsConfig.nameservers: Invalid value: "4 nameservers": must not have more than 3 nameservers' }],
    },
  ],
});
