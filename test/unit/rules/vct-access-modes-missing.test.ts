import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'vct-access-modes-missing';

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
${claimSpec}`;

const RESOURCES = '      resources:\n        requests:\n          storage: 1Gi\n';

describe('vct-access-modes-missing', () => {
  it('reports a claim template without accessModes at its spec key', () => {
    const { text, range } = marked(statefulSet(`    «spec»:\n${RESOURCES}`));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.volumeClaimTemplates[0].spec.accessModes: Required value: at least 1 access mode is required (claim template "data")' },
    ]);
  });

  it('reports an empty accessModes list at its key', () => {
    const { text, range } = marked(statefulSet(`    spec:\n      «accessModes»: []\n${RESOURCES}`));
    assert.deepEqual(findingsOf(ID, text).map((d) => d.range), [range]);
  });

  it('reports a claim template without spec at its name', () => {
    const { text, range } = marked(statefulSet('').replace('\n      name: data\n', '\n      name: «data»\n'));
    assert.deepEqual(findingsOf(ID, text).map((d) => d.range), [range]);
  });

  it('leaves a spec of the wrong type to the schema check', () => {
    assert.deepEqual(findingsOf(ID, statefulSet('    spec: 4\n')), []);
  });

  it('accepts a claim template with an access mode', () => {
    assert.deepEqual(findingsOf(ID, statefulSet(`    spec:\n      accessModes: [ReadWriteOncePod]\n${RESOURCES}`)), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
