import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

const clientIP = (timeout: string) => service(`  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: ${timeout}\n  ports:\n  - port: 80\n`);

ruleTester.run(findRule('svc-session-affinity-invalid')!, {
  valid: [
    {
      name: 'accepts what validateClientIPAffinityConfig accepts after SetDefaults_Service: None, ClientIP with 1–86400 or no timeout',
      code: [
        WEB_EXAMPLE,
        clientIP('1'),
        clientIP('86400'),
        service('  sessionAffinity: ClientIP\n  ports:\n  - port: 80\n'),
        service('  sessionAffinity: ""\n  ports:\n  - port: 80\n'),
      ],
    },
    {
      name: 'accepts any sessionAffinityConfig with None: SetDefaults_Service drops it',
      code: service('  sessionAffinity: None\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: 0\n  ports:\n  - port: 80\n'),
    },
  ],
  invalid: [
    {
      name: 'reports a miscased sessionAffinity as ValidateService does, and fixes its spelling',
      code: service('  sessionAffinity: «clientIP»\n  ports:\n  - port: 80\n'),
      errors: [{ messageId: 'unsupported', message: 'spec.sessionAffinity: Unsupported value: "clientIP": supported values: "ClientIP", "None"', data: { suggestion: 'ClientIP' } }],
      output: service('  sessionAffinity: ClientIP\n  ports:\n  - port: 80\n'),
    },
    {
      name: 'reports a ClientIP timeout of 0 and one above a day (validateAffinityTimeout)',
      code: `${clientIP('«0»')}---\n${clientIP('«86401»')}`,
      errors: [
        { messageId: 'invalid', message: 'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400' },
        { messageId: 'invalid', args: ['spec.sessionAffinityConfig.clientIP.timeoutSeconds', '86401', 'must be greater than 0 and less than 86400'] },
      ],
    },
  ],
});
