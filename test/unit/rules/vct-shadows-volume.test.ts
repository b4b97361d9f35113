import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'vct-shadows-volume';

const statefulSet = (volumeName: string) => `apiVersion: apps/v1
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
      volumes:
      - name: ${volumeName}
        emptyDir: {}
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;

describe('vct-shadows-volume', () => {
  it('reports a template volume replaced by the claim template of the same name', () => {
    const { text, range } = marked(statefulSet('«data»'));
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range,
        message:
          'spec.template.spec.volumes[0].name "data" is replaced by the claim template of the same name (spec.volumeClaimTemplates[0]): a claim template takes precedence over a template volume, so this volume is never used',
      },
    ]);
    const claim = text.lastIndexOf('name: data') + 'name: '.length;
    assert.deepEqual(findings[0].related, [
      { uri: 'file:///test.yaml', range: { start: claim, end: claim + 4 }, message: 'spec.volumeClaimTemplates[0].metadata.name "data"' },
    ]);
  });

  it('accepts template volumes with other names', () => {
    assert.deepEqual(findingsOf(ID, statefulSet('scratch')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
