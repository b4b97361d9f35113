import * as assert from 'node:assert/strict';
import { checkText, findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'vct-no-storage-class';

const statefulSet = (claimMetadata: string, claimSpec: string) => `apiVersion: apps/v1
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
${claimMetadata}    «spec»:
      accessModes: [ReadWriteOnce]
${claimSpec}      resources:
        requests:
          storage: 1Gi
`;

describe('vct-no-storage-class', () => {
  it('hints that a claim template without storageClassName relies on the default StorageClass', () => {
    const { text, range } = marked(statefulSet('', ''));
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range,
        message:
          'spec.volumeClaimTemplates[0].spec.storageClassName is not set (claim template "data"): the cluster\'s default StorageClass is used; without one the PVCs stay Pending',
      },
    ]);
    assert.equal(findings[0].severity, 'hint');
  });

  it('accepts a class, the empty class, and the beta annotation', () => {
    const check = (metadata: string, spec: string) => findingsOf(ID, marked(statefulSet(metadata, spec)).text);
    assert.deepEqual(check('', '      storageClassName: fast\n'), []);
    assert.deepEqual(check('', '      storageClassName: ""\n'), []);
    assert.deepEqual(check('      annotations:\n        volume.beta.kubernetes.io/storage-class: fast\n', ''), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('is only a hint: the manifest has no error or warning from it', () => {
    const serious = checkText(marked(statefulSet('', '')).text).filter((d) => d.ruleId === ID && d.severity !== 'hint');
    assert.deepEqual(serious, []);
  });
});
