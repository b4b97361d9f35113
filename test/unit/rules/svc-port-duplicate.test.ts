import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-port-duplicate';

const service = (ports: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports:\n${ports}`;

describe('svc-port-duplicate', () => {
  it('reports the same port twice with the protocol defaulted to TCP', () => {
    const { text, range } = marked(service('  - port: 80\n    name: a\n  - port: «80»\n    protocol: TCP\n    name: b\n'));
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      { ruleId: ID, range, message: 'spec.ports[1].port 80 (protocol "TCP"): Duplicate value: spec.ports[0] already has port 80/TCP' },
    ]);
    const first = text.indexOf('80');
    assert.deepEqual(findings[0].related, [{ uri: 'file:///test.yaml', range: { start: first, end: first + 2 }, message: 'spec.ports[0].port 80' }]);
  });

  it('accepts the same port for different protocols', () => {
    assert.deepEqual(findingsOf(ID, service('  - port: 53\n    name: dns\n  - port: 53\n    protocol: UDP\n    name: dns-udp\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
