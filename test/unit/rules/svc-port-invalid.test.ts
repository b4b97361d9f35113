import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-port-invalid';

const service = (ports: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports:\n${ports}`;

describe('svc-port-invalid', () => {
  it('reports a port outside 1-65535', () => {
    const { text, range } = marked(service('  - port: «70000»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.ports[0].port 70000: must be between 1 and 65535, inclusive' },
    ]);
    assert.equal(findingsOf(ID, service('  - port: 0\n')).length, 1);
  });

  it('reports a numeric targetPort outside 1-65535', () => {
    const { text, range } = marked(service('  - port: 80\n    targetPort: «-1»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.ports[0].targetPort -1: must be between 1 and 65535, inclusive' },
    ]);
  });

  it('reports a targetPort name that is not an IANA service name', () => {
    const { text, range } = marked(service('  - port: 80\n    targetPort: «http_metrics_port»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          'spec.ports[0].targetPort "http_metrics_port": must be no more than 15 characters, must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      },
    ]);
  });

  it('explains that a quoted number is a port name', () => {
    const { text, range } = marked(service('  - port: 80\n    targetPort: «"8080"»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: 'spec.ports[0].targetPort "8080": must contain at least one letter (a-z) (a quoted number is read as a port name: write 8080 without quotes)',
      },
    ]);
  });

  it('accepts valid ports, named targetPorts, and targetPort 0 or "" (defaulted to port)', () => {
    const ports = '  - port: 80\n    targetPort: 8080\n    name: a\n  - port: 81\n    targetPort: http-web\n    name: b\n  - port: 82\n    targetPort: 0\n    name: c\n  - port: 83\n    targetPort: ""\n    name: d\n';
    assert.deepEqual(findingsOf(ID, service(ports)), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('leaves values of the wrong type to the schema check', () => {
    assert.deepEqual(findingsOf(ID, service('  - port: "80"\n    targetPort: true\n')), []);
  });
});
