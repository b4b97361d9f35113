import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'pod-volume-name-duplicate';

function sts(volumes: string, claims = ''): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: app\n      volumes:\n${volumes}${claims}`;
}

describe('pod-volume-name-duplicate', () => {
  it('reports the second template volume with the same name', () => {
    const { text, range } = marked(sts('      - name: config\n        emptyDir: {}\n      - name: «config»\n        configMap: {name: app}\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.spec.volumes[1].name: Duplicate value: "config" (also spec.template.spec.volumes[0].name)' },
    ]);
  });

  it('ignores volumes named like a claim template, which the claim replaces', () => {
    const claims = '  volumeClaimTemplates:\n  - metadata:\n      name: data\n    spec: {accessModes: [ReadWriteOnce]}\n';
    assert.deepEqual(findingsOf(ID, sts('      - name: data\n        emptyDir: {}\n      - name: data\n        emptyDir: {}\n', claims)), []);
  });

  it('accepts distinct volume names', () => {
    assert.deepEqual(findingsOf(ID, sts('      - name: a\n        emptyDir: {}\n      - name: b\n        emptyDir: {}\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
