import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { findingsOf, WEB_EXAMPLE } from '../helpers';
import { service as svc } from './fixtures';
import { ruleTester } from './ruleTester';

const ID = 'svc-port-name-invalid';
const service = (ports: string) => svc(`  clusterIP: None\n  ports:\n${ports}`, 'db');
const DUPLICATE = service('  - port: 80\n    name: web\n  - port: 8080\n    name: «web»\n');

ruleTester.run(findRule(ID)!, {
  valid: [
    {
      name: 'accepts a single unnamed port and distinct valid names',
      code: [service('  - port: 80\n'), service('  - port: 80\n    name: web\n  - port: 53\n    name: dns-udp\n    protocol: UDP\n'), WEB_EXAMPLE],
    },
  ],
  invalid: [
    {
      name: 'reports an unnamed port of a Service with two ports at its port number',
      code: service('  - port: 80\n    name: web\n  - port: «443»\n'),
      errors: [{ messageId: 'requiredPort', message: 'spec.ports[1].name: Required value: every port of a Service with more than one port needs a name (port 443)' }],
    },
    {
      name: 'reports a name that is not a DNS-1123 label',
      code: service('  - port: 80\n    name: «http_web»\n'),
      errors: [
        {
          messageId: 'invalid',
          message:
            "spec.ports[0].name \"http_web\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')",
        },
      ],
    },
    {
      name: 'reports a duplicate name',
      code: DUPLICATE,
      errors: [{ messageId: 'duplicate', message: 'spec.ports[1].name "web": Duplicate value: spec.ports[0] has the same name', related: ['spec.ports[0].name "web"'] }],
    },
  ],
});

describe(`${ID} related location`, () => {
  it('points a duplicate name at the first one', () => {
    const text = DUPLICATE.replace(/[«»]/g, '');
    const first = text.indexOf('web');
    assert.deepEqual(findingsOf(ID, text)[0].related, [{ uri: 'file:///test.yaml', range: { start: first, end: first + 3 }, message: 'spec.ports[0].name "web"' }]);
  });
});
