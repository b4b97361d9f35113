import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('pod-dns-host-aliases-invalid')!, {
  valid: [{ name: 'accepts an IP with lowercase host names (ValidateHostAliases)', code: [WEB_EXAMPLE, podTemplate('      hostAliases:\n      - ip: 10.1.2.3\n        hostnames: [db.local, cache]\n')] }],
  invalid: [
    {
      name: 'reports a host name as ip, a missing ip and an uppercase host name',
      code: podTemplate('      hostAliases:\n      - ip: «db.internal»\n        hostnames: [db]\n      - «hostnames»: [«Cache»]\n'),
      errors: [
        { messageId: 'invalid', message: 'spec.template.spec.hostAliases[0].ip: Invalid value: "db.internal": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' },
        { messageId: 'invalid', message: 'spec.template.spec.hostAliases[1].ip: Invalid value: "": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' },
        {
          messageId: 'invalid',
          args: ['spec.template.spec.hostAliases[1].hostnames[0]', '"Cache"', "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')"],
        },
      ],
    },
  ],
});
