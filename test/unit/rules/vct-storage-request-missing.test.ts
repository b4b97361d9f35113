import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'vct-storage-request-missing';

const statefulSet = (claimSpec: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx
        volumeMounts:
        - name: data
          mountPath: /data
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
${claimSpec}`;

describe('vct-storage-request-missing', () => {
  it('reports requests without storage at the requests key', () => {
    const { text, range } = marked(statefulSet('      resources:\n        «requests»:\n          cpu: 1\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage: Required value: a claim template must request a storage size, e.g. storage: 1Gi (claim template "data")',
      },
    ]);
  });

  it('reports a claim template without resources at its spec key', () => {
    const { text, range } = marked(statefulSet('').replace('    spec:\n      accessModes', '    «spec»:\n      accessModes'));
    assert.deepEqual(findingsOf(ID, text).map((d) => d.range), [range]);
  });

  it('reports a storage request of zero', () => {
    const { text, range } = marked(statefulSet('      resources:\n        requests:\n          storage: «0Gi»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage "0Gi": must be greater than zero (claim template "data")' },
    ]);
  });

  it('accepts a positive storage request', () => {
    for (const size of ['1Gi', '500M', '1e9', '0.5Gi', '10']) {
      assert.deepEqual(findingsOf(ID, statefulSet(`      resources:\n        requests:\n          storage: ${size}\n`)), [], size);
    }
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
