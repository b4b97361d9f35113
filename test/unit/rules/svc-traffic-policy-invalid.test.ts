import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

const PORTS = '  ports:\n  - port: 80\n';

ruleTester.run(findRule('svc-traffic-policy-invalid')!, {
  valid: [
    {
      name: 'accepts what validateServiceExternalTrafficPolicy accepts: policies on NodePort, LoadBalancer and ClusterIP with externalIPs, a health check port with Local',
      code: [
        WEB_EXAMPLE,
        service(`  type: NodePort\n  externalTrafficPolicy: Local\n  internalTrafficPolicy: Local\n${PORTS}`),
        service(`  externalIPs: [192.0.2.10]\n  externalTrafficPolicy: Cluster\n${PORTS}`),
        service(`  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 32000\n${PORTS}`),
        service(`  clusterIP: None\n  externalTrafficPolicy: ""\n  healthCheckNodePort: 0\n${PORTS}`),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports externalTrafficPolicy on a headless Service (validateServiceExternalTrafficPolicy)',
      code: service(`  clusterIP: None\n  externalTrafficPolicy: «Local»\n${PORTS}`),
      errors: [{ messageId: 'invalid', message: 'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services' }],
    },
    {
      name: 'reports a misspelt policy on a NodePort Service and fixes it',
      code: service(`  type: NodePort\n  externalTrafficPolicy: «local»\n${PORTS}`),
      errors: [{ messageId: 'unsupported', message: 'spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"' }],
      output: service(`  type: NodePort\n  externalTrafficPolicy: Local\n${PORTS}`),
    },
    {
      name: 'reports healthCheckNodePort without LoadBalancer and Local, and out of range with them',
      code: `${service(`  type: NodePort\n  externalTrafficPolicy: Local\n  healthCheckNodePort: «32000»\n${PORTS}`)}---\n${service(`  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: «-1»\n${PORTS}`)}`,
      errors: [
        { messageId: 'invalid', message: "spec.healthCheckNodePort: Invalid value: 32000: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'" },
        { messageId: 'invalid', message: 'spec.healthCheckNodePort: Invalid value: -1: must be between 1 and 65535, inclusive' },
      ],
    },
    {
      name: 'reports an internalTrafficPolicy that is neither Cluster nor Local, the empty string included (validateServiceInternalTrafficFieldsValue)',
      code: service(`  internalTrafficPolicy: «Node»\n${PORTS}`) + '---\n' + service(`  internalTrafficPolicy: «""»\n${PORTS}`),
      errors: [
        { messageId: 'unsupported', message: 'spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"' },
        { messageId: 'unsupported', message: 'spec.internalTrafficPolicy: Unsupported value: "": supported values: "Cluster", "Local"' },
      ],
    },
  ],
});
