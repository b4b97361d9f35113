import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-port-name-invalid';

const service = (ports: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n  ports:\n${ports}`;

describe('svc-port-name-invalid', () => {
  it('reports an unnamed port of a Service with two ports at its port number', () => {
    const { text, range } = marked(service('  - port: 80\n    name: web\n  - port: «443»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.ports[1].name: Required value: every port of a Service with more than one port needs a name (port 443)' },
    ]);
  });

  it('reports a name that is not a DNS-1123 label', () => {
    const { text, range } = marked(service('  - port: 80\n    name: «http_web»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          "spec.ports[0].name \"http_web\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')",
      },
    ]);
  });

  it('reports a duplicate name and points at the first one', () => {
    const { text, range } = marked(service('  - port: 80\n    name: web\n  - port: 8080\n    name: «web»\n'));
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [{ ruleId: ID, range, message: 'spec.ports[1].name "web": Duplicate value: spec.ports[0] has the same name' }]);
    const first = text.indexOf('web');
    assert.deepEqual(findings[0].related, [{ uri: 'file:///test.yaml', range: { start: first, end: first + 3 }, message: 'spec.ports[0].name "web"' }]);
  });

  it('accepts a single unnamed port and distinct valid names', () => {
    assert.deepEqual(findingsOf(ID, service('  - port: 80\n')), []);
    assert.deepEqual(findingsOf(ID, service('  - port: 80\n    name: web\n  - port: 53\n    name: dns-udp\n    protocol: UDP\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
