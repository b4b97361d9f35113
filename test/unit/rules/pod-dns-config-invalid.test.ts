import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const STRICT = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
const WITH_UNDERSCORE = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
// Before 1.34 the apiserver accepts the StatefulSet and fails its pods instead (refusedOnCreate.ts).
const PODS_FAIL = (version: string) => ` (a Kubernetes ${version} apiserver accepts the StatefulSet, then every pod creation fails: FailedCreate)`;
const searches = (list: string) => podTemplate(`      dnsConfig:\n        searches: ${list}\n`);

ruleTester.run(findRule('pod-dns-config-invalid')!, {
  valid: [
    {
      name: 'accepts IPv4 and IPv6 nameservers, searches with a trailing dot and named options (validatePodDNSConfig)',
      code: [WEB_EXAMPLE, podTemplate('      dnsConfig:\n        nameservers: [10.0.0.10, "2001:db8::1"]\n        searches: [svc.cluster.local., example.com]\n        options: [{name: ndots, value: "2"}]\n')],
    },
    {
      name: 'accepts SRV-style search names and a lone dot from 1.33 (AllowRelaxedDNSSearchValidation, ValidateDNS1123SubdomainWithUnderScore)',
      kubernetesVersion: '1.33',
      code: searches('[_sip._tcp.example.com, _ldap._tcp.corp.local., ".", a_b.example.com]'),
    },
    { name: 'accepts them on the newest target too', code: searches('[_sip._tcp.example.com, "."]') },
  ],
  invalid: [
    {
      name: 'refuses underscores and a lone dot before 1.33, where validatePodDNSConfig uses ValidateDNS1123Subdomain',
      kubernetesVersion: '1.32',
      code: searches('[«_sip._tcp.example.com», «"."»]'),
      errors: [
        { messageId: 'invalid', message: `spec.template.spec.dnsConfig.searches[0]: Invalid value: "_sip._tcp.example.com": ${STRICT}${PODS_FAIL('1.32')}` },
        { messageId: 'invalid', message: `spec.template.spec.dnsConfig.searches[1]: Invalid value: "": ${STRICT}${PODS_FAIL('1.32')}` },
      ],
    },
    {
      name: 'from 1.33 still refuses uppercase, a label ending in an underscore and two leading underscores (IsDNS1123SubdomainWithUnderscore)',
      kubernetesVersion: '1.33',
      code: searches('[«Corp.example.com», «sip_.example.com», «__sip.example.com»]'),
      errors: [
        { messageId: 'invalid', message: `spec.template.spec.dnsConfig.searches[0]: Invalid value: "Corp.example.com": ${WITH_UNDERSCORE}${PODS_FAIL('1.33')}` },
        { messageId: 'invalid', message: `spec.template.spec.dnsConfig.searches[1]: Invalid value: "sip_.example.com": ${WITH_UNDERSCORE}${PODS_FAIL('1.33')}` },
        { messageId: 'invalid', message: `spec.template.spec.dnsConfig.searches[2]: Invalid value: "__sip.example.com": ${WITH_UNDERSCORE}${PODS_FAIL('1.33')}` },
      ],
    },
    {
      name: 'reports a host name as nameserver, an uppercase search domain and an option without a name',
      code: podTemplate('      dnsConfig:\n        nameservers: [«dns.google»]\n        searches: [«Corp.Example.com»]\n        options:\n        - «value»: "2"\n'),
      errors: [
        { messageId: 'invalid', message: `spec.template.spec.dnsConfig.nameservers[0]: Invalid value: "dns.google": ${IP}` },
        {
          messageId: 'invalid',
          // On the newest target the relaxed syntax applies (ValidateDNS1123SubdomainWithUnderScore): its words name '_'.
          args: ['spec.template.spec.dnsConfig.searches[0]', '"Corp.Example.com"', WITH_UNDERSCORE],
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
