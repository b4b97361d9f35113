import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const SUPPORTED = '"ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"';

ruleTester.run(findRule('pod-dns-policy-invalid')!, {
  valid: [
    {
      name: 'accepts the four policies, an empty value (defaulted) and None with a nameserver (validateDNSPolicy)',
      code: [
        WEB_EXAMPLE,
        podTemplate('      dnsPolicy: ClusterFirstWithHostNet\n'),
        podTemplate('      dnsPolicy: ""\n'),
        podTemplate('      dnsPolicy: None\n      dnsConfig:\n        nameservers: [1.1.1.1]\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a miscased policy and offers the exact spelling',
      code: podTemplate('      dnsPolicy: «clusterFirst»\n'),
      errors: [{ messageId: 'unsupported', message: `spec.template.spec.dnsPolicy: Unsupported value: "clusterFirst": supported values: ${SUPPORTED}` }],
      output: podTemplate('      dnsPolicy: ClusterFirst\n'),
    },
    {
      name: 'reports None without dnsConfig (validatePodDNSConfig)',
      code: podTemplate('      dnsPolicy: «None»\n'),
      errors: [{ messageId: 'required', message: 'spec.template.spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None' }],
    },
    {
      name: 'reports None with a dnsConfig that has no nameserver',
      code: podTemplate('      dnsPolicy: None\n      «dnsConfig»:\n        searches: [svc.cluster.local]\n'),
      errors: [{ messageId: 'required', message: 'spec.template.spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None' }],
    },
  ],
});
