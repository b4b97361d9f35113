import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-node-port-forbidden';

const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n${spec}`;

describe('svc-node-port-forbidden', () => {
  it('reports a nodePort on a Service of the default type', () => {
    const { text, range } = marked(service('  clusterIP: None\n  ports:\n  - port: 5432\n    nodePort: «30432»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: "spec.ports[0].nodePort 30432: Forbidden: may not be used when `type` is 'ClusterIP'" },
    ]);
  });

  it('reports every port with a nodePort on an explicit ClusterIP Service', () => {
    const text = service('  type: ClusterIP\n  ports:\n  - port: 80\n    nodePort: 30080\n    name: web\n  - port: 443\n    name: tls\n    nodePort: 30443\n');
    assert.deepEqual(findingsOf(ID, text).map((d) => d.path), ['spec.ports[0].nodePort', 'spec.ports[1].nodePort']);
  });

  it('accepts nodePort on NodePort and LoadBalancer Services, and nodePort 0 anywhere', () => {
    assert.deepEqual(findingsOf(ID, service('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080\n')), []);
    assert.deepEqual(findingsOf(ID, service('  type: LoadBalancer\n  ports:\n  - port: 80\n    nodePort: 30080\n')), []);
    assert.deepEqual(findingsOf(ID, service('  ports:\n  - port: 80\n    nodePort: 0\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
