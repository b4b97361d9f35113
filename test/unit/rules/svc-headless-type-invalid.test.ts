import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-headless-type-invalid';

const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n${spec}  ports:\n  - port: 5432\n`;

describe('svc-headless-type-invalid', () => {
  it('reports clusterIP None on a LoadBalancer Service', () => {
    const { text, range } = marked(service('  type: LoadBalancer\n  clusterIP: «None»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.clusterIP "None": may not be set to 'None' for LoadBalancer services (spec.type "LoadBalancer")` },
    ]);
  });

  it('reports clusterIPs [None] on a NodePort Service', () => {
    const { text, range } = marked(service('  type: NodePort\n  clusterIPs: [«None»]\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.clusterIPs[0] "None": may not be set to 'None' for NodePort services (spec.type "NodePort")` },
    ]);
  });

  it('accepts a headless ClusterIP Service and a NodePort Service with a cluster IP', () => {
    assert.deepEqual(findingsOf(ID, service('  clusterIP: None\n')), []);
    assert.deepEqual(findingsOf(ID, service('  type: ClusterIP\n  clusterIP: None\n')), []);
    assert.deepEqual(findingsOf(ID, service('  type: NodePort\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
