import * as assert from 'node:assert/strict';
import { applyFix, findingsOf } from '../helpers';
import { fixTitles } from './fixHelpers';

const ID = 'svc-port-name-invalid';

const service = (ports: string) => `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  ports:
${ports}`;

function fix(text: string): string {
  const fixed = applyFix(ID, text, 'Add port names');
  assert.deepEqual(findingsOf(ID, fixed), []);
  return fixed;
}

describe('svc-port-name-invalid fix', () => {
  it('names every unnamed port after its number and protocol, keeping comments', () => {
    assert.equal(
      fix(service('  - port: 80 # http\n  - port: 53\n    protocol: UDP\n  - name: metrics\n    port: 9090\n  - port: 443\n    name:\n')),
      service('  - port: 80 # http\n    name: port-80\n  - port: 53\n    protocol: UDP\n    name: port-53-udp\n  - name: metrics\n    port: 9090\n  - port: 443\n    name: port-443\n'),
    );
  });

  it('adds names to flow-style ports without clashing with existing ones', () => {
    assert.equal(fix(service('  - {port: 80}\n  - {port: 8080, name: port-80}\n')), service('  - {port: 80, name: port-80-2}\n  - {port: 8080, name: port-80}\n'));
  });

  it('offers no fix for a name that is merely invalid', () => {
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': service('  - port: 80\n    name: http_web\n') }), []);
  });
});
