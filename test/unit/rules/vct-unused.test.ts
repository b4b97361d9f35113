import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'vct-unused';

const statefulSet = (containers: string, claimName = 'data') => `apiVersion: apps/v1
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
${containers}  volumeClaimTemplates:
  - metadata:
      name: ${claimName}
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`;

const CONTAINER = '      containers:\n      - name: nginx\n        image: nginx\n';

describe('vct-unused', () => {
  it('reports a claim template that no container mounts', () => {
    const { text, range } = marked(statefulSet(CONTAINER, '«data»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          'spec.volumeClaimTemplates[0].metadata.name "data" is not mounted by any container: every pod still gets a PersistentVolumeClaim "data-web-0" that nothing uses',
      },
    ]);
  });

  it('counts mounts of init containers and raw block devices', () => {
    const init = '      initContainers:\n      - name: init\n        image: busybox\n        volumeMounts:\n        - name: data\n          mountPath: /data\n';
    assert.deepEqual(findingsOf(ID, statefulSet(init + CONTAINER)), []);
    const block = `${CONTAINER}        volumeDevices:\n        - name: data\n          devicePath: /dev/xvda\n`;
    assert.deepEqual(findingsOf(ID, statefulSet(block)), []);
  });

  it('accepts a mounted claim template', () => {
    assert.deepEqual(findingsOf(ID, statefulSet(`${CONTAINER}        volumeMounts:\n        - name: data\n          mountPath: /data\n`)), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
