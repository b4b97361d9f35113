import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'vct-duplicate-name';

const claim = (name: string, size: string) =>
  `  - metadata:\n      name: ${name}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: ${size}\n`;

const statefulSet = (claims: string) => `apiVersion: apps/v1
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
${claims}`;

describe('vct-duplicate-name', () => {
  it('reports a second claim template with the same name and points at the first', () => {
    const { text, range } = marked(statefulSet(claim('data', '1Gi') + claim('«data»', '10Gi')));
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range,
        message:
          'spec.volumeClaimTemplates[1].metadata.name: Duplicate value: "data" is also the name of spec.volumeClaimTemplates[0]; only the last claim template of a name is used, the others are silently ignored',
      },
    ]);
    const first = text.indexOf('name: data\n    spec') + 'name: '.length;
    assert.deepEqual(findings[0].related, [
      { uri: 'file:///test.yaml', range: { start: first, end: first + 4 }, message: 'spec.volumeClaimTemplates[0].metadata.name "data"' },
    ]);
  });

  it('accepts distinct names', () => {
    assert.deepEqual(findingsOf(ID, statefulSet(claim('data', '1Gi') + claim('logs', '1Gi'))), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
