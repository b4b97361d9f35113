import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { findingsOf, WEB_EXAMPLE } from '../helpers';
import { service as svc } from './fixtures';
import { ruleTester } from './ruleTester';

const ID = 'svc-port-duplicate';
const service = (ports: string) => svc(`  ports:\n${ports}`, 'db');
const TWICE = service('  - port: 80\n    name: a\n  - port: «80»\n    protocol: TCP\n    name: b\n');

ruleTester.run(findRule(ID)!, {
  valid: [{ name: 'accepts the same port for different protocols', code: [service('  - port: 53\n    name: dns\n  - port: 53\n    protocol: UDP\n    name: dns-udp\n'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports the same port twice with the protocol defaulted to TCP',
      code: TWICE,
      errors: [
        {
          messageId: 'message',
          message: 'spec.ports[1].port 80 (protocol "TCP"): Duplicate value: spec.ports[0] already has port 80/TCP',
          related: ['spec.ports[0].port 80'],
        },
      ],
    },
  ],
});

describe(`${ID} related location`, () => {
  it('points at the first port with that number', () => {
    const text = TWICE.replace(/[«»]/g, '');
    const first = text.indexOf('80');
    assert.deepEqual(findingsOf(ID, text)[0].related, [{ uri: 'file:///test.yaml', range: { start: first, end: first + 2 }, message: 'spec.ports[0].port 80' }]);
  });
});
