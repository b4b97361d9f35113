import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'vct-name-missing';

const statefulSet = (claim: string) => `apiVersion: apps/v1
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
  volumeClaimTemplates:
${claim}    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;

const MESSAGE = 'spec.volumeClaimTemplates[0].metadata.name: Required value: a claim template needs a name (its PVCs are named <name>-web-<ordinal>)';

describe('vct-name-missing', () => {
  it('reports a claim template whose metadata has no name at the metadata key', () => {
    const { text, range } = marked(statefulSet('  - «metadata»:\n      labels:\n        app: nginx\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: MESSAGE }]);
  });

  it('reports an empty name at its value and a name without value at its key', () => {
    const empty = marked(statefulSet('  - metadata:\n      name: «""»\n'));
    assert.deepEqual(findingsOf(ID, empty.text).map((d) => d.range), [empty.range]);
    const blank = marked(statefulSet('  - metadata:\n      «name»:\n'));
    assert.deepEqual(findingsOf(ID, blank.text).map((d) => d.range), [blank.range]);
  });

  it('reports a claim template without metadata at its first key', () => {
    const text = statefulSet('  - kind: PersistentVolumeClaim\n');
    const at = text.indexOf('kind: PersistentVolumeClaim');
    assert.deepEqual(findingsOf(ID, text).map((d) => d.range), [{ start: at, end: at + 4 }]);
  });

  it('accepts a named claim template', () => {
    assert.deepEqual(findingsOf(ID, statefulSet('  - metadata:\n      name: data\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
