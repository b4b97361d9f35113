import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'pod-volume-mount-not-found';

function statefulSet(podSpec: string, claims = '  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n'): string {
  return `apiVersion: apps/v1
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
${podSpec}${claims}`;
}

describe('pod-volume-mount-not-found', () => {
  it('reports a mount that names neither a volume nor a claim template, in the apiserver wording', () => {
    const { text, range } = marked(
      statefulSet('      containers:\n      - name: nginx\n        image: nginx\n        volumeMounts:\n        - name: «data»\n          mountPath: /data\n'),
    );
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range,
        message: 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"; volumes and claim templates: "www"',
      },
    ]);
    assert.deepEqual(findings[0].data, { name: 'data', candidates: ['www'] });
  });

  it('checks init containers too and ranks candidates by similarity', () => {
    const pod =
      '      initContainers:\n      - name: init\n        image: busybox\n        volumeMounts:\n        - name: «confg»\n          mountPath: /c\n' +
      '      containers:\n      - name: nginx\n        image: nginx\n      volumes:\n      - name: scratch\n        emptyDir: {}\n      - name: config\n        configMap:\n          name: cfg\n';
    const { text, range } = marked(statefulSet(pod));
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range,
        message: 'spec.template.spec.initContainers[0].volumeMounts[0].name: Not found: "confg"; volumes and claim templates: "config", "www", "scratch"',
      },
    ]);
  });

  it('says so when the pod has no volumes at all', () => {
    const text = statefulSet('      containers:\n      - name: nginx\n        image: nginx\n        volumeMounts:\n        - name: data\n          mountPath: /data\n', '');
    assert.match(findingsOf(ID, text)[0].message, /Not found: "data"; the pod has no volumes or claim templates$/);
  });

  it('accepts mounts of template volumes and claim templates', () => {
    const pod =
      '      containers:\n      - name: nginx\n        image: nginx\n        volumeMounts:\n        - name: www\n          mountPath: /www\n        - name: tmp\n          mountPath: /tmp\n      volumes:\n      - name: tmp\n        emptyDir: {}\n';
    assert.deepEqual(findingsOf(ID, statefulSet(pod)), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
