import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-cluster-ip-invalid';
const NOT_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n${spec}  ports:\n  - port: 5432\n`;

describe('svc-cluster-ip-invalid', () => {
  it('reports clusterIP none and says it must be written None', () => {
    const { text, range } = marked(service('  clusterIP: «none»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.clusterIP "none": ${NOT_IP}; a headless Service needs "None", with a capital N` },
    ]);
  });

  it('reports a clusterIP that is not an IP address', () => {
    const { text, range } = marked(service('  clusterIP: «"10.0.0.256"»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `spec.clusterIP "10.0.0.256": ${NOT_IP}` }]);
  });

  it('reports clusterIPs without clusterIP', () => {
    const { text, range } = marked(service('  «clusterIPs»: [None]\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.clusterIPs ["None"]: must be empty when `clusterIP` is not specified (set clusterIP to its first value)' },
    ]);
  });

  it('reports clusterIPs that do not start with clusterIP, None among others, and too many values', () => {
    const mismatch = findingsOf(ID, service('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.2]\n'));
    assert.deepEqual(mismatch.map((d) => d.message), ['spec.clusterIPs[0] "10.0.0.2": first value must match `clusterIP` ("10.0.0.1")']);
    const none = findingsOf(ID, service('  clusterIP: None\n  clusterIPs: [None, "fd00::1"]\n'));
    assert.deepEqual(none.map((d) => d.message), [`spec.clusterIPs[0] "None": 'None' must be the first and only value`]);
    const three = findingsOf(ID, service('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, "fd00::1", "fd00::2"]\n'));
    assert.deepEqual(three.map((d) => d.message), ['spec.clusterIPs ["10.0.0.1","fd00::1","fd00::2"]: may only hold up to 2 values']);
    const sameFamily = findingsOf(ID, service('  clusterIP: 10.0.0.1\n  clusterIPs: [10.0.0.1, 10.0.0.2]\n'));
    assert.deepEqual(sameFamily.map((d) => d.message), ['spec.clusterIPs ["10.0.0.1","10.0.0.2"]: may specify no more than one IP for each IP family']);
  });

  it('reports a clusterIP on an ExternalName Service', () => {
    const { text, range } = marked(service('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: «None»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.clusterIP "None": Forbidden: may not be set for ExternalName services' },
    ]);
  });

  it('accepts None, IPv4, IPv6, dual-stack pairs, and an empty clusterIP', () => {
    for (const spec of [
      '  clusterIP: None\n',
      '  clusterIP: None\n  clusterIPs: [None]\n',
      '  clusterIP: 10.96.0.10\n',
      '  clusterIP: "fd00:10:96::a"\n',
      '  clusterIP: "::ffff:10.0.0.1"\n',
      '  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, "fd00::a"]\n',
      '  clusterIP: ""\n',
      '  clusterIP:\n',
      '  type: ExternalName\n  externalName: db.example.com\n  clusterIP: ""\n',
    ]) {
      assert.deepEqual(findingsOf(ID, service(spec)), [], spec);
    }
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
