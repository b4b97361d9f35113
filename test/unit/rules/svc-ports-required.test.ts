import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-ports-required';

const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n${spec}`;

describe('svc-ports-required', () => {
  it('reports a ClusterIP Service without ports at the spec key', () => {
    const { text, range } = marked(service('«spec»:\n  selector:\n    app: db\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: 'spec.ports: Required value: Service "db" is neither headless (clusterIP: None) nor of type ExternalName, so it needs at least one port',
      },
    ]);
  });

  it('reports an empty ports list at its key', () => {
    const { text, range } = marked(service('spec:\n  «ports»: []\n  clusterIP: 10.0.0.1\n'));
    assert.deepEqual(findingsOf(ID, text).map((d) => d.range), [range]);
  });

  it('reports a Service without spec at its name', () => {
    const { text, range } = marked('apiVersion: v1\nkind: Service\nmetadata:\n  name: «db»\n');
    assert.deepEqual(findingsOf(ID, text).map((d) => d.range), [range]);
  });

  it('accepts headless and ExternalName Services without ports', () => {
    assert.deepEqual(findingsOf(ID, service('spec:\n  clusterIP: None\n')), []);
    assert.deepEqual(findingsOf(ID, service('spec:\n  type: ExternalName\n  externalName: db.example.com\n')), []);
  });

  it('accepts a Service with ports', () => {
    assert.deepEqual(findingsOf(ID, service('spec:\n  ports:\n  - port: 5432\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
