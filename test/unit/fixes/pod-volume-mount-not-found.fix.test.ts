import * as assert from 'node:assert/strict';
import { applyFix, findingsOf } from '../helpers';
import { container, labelledStatefulSet } from '../rules/fixtures';
import { fixTitles } from './fixHelpers';

const ID = 'pod-volume-mount-not-found';
const TITLE = 'Add a volumeClaimTemplate "data"';

/** Container nginx mounting `data`, which may be a typo: the fix adds a claim template by that name. */
const MOUNTING_DATA = `${container()}        volumeMounts:\n        - name: data # typo?\n          mountPath: /data\n`;
const statefulSet = (tail: string) => labelledStatefulSet(MOUNTING_DATA, tail);

const CLAIM = `  - metadata:
      name: data
    spec:
      accessModes:
      - ReadWriteOnce
      resources:
        requests:
          storage: 1Gi
`;

function fix(text: string): string {
  const fixed = applyFix(ID, text, TITLE);
  assert.deepEqual(findingsOf(ID, fixed), []);
  for (const rule of ['vct-access-modes-missing', 'vct-storage-request-missing', 'k8s-schema']) assert.deepEqual(findingsOf(rule, fixed), [], rule);
  return fixed;
}

describe('pod-volume-mount-not-found fix', () => {
  it('offers a claim template named after the mount', () => {
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': statefulSet('') }), [TITLE]);
  });

  it('creates volumeClaimTemplates at the end of spec, before trailing comments', () => {
    assert.equal(fix(statefulSet('  # claims below\n')), statefulSet(`  volumeClaimTemplates:\n${CLAIM}  # claims below\n`));
  });

  it('appends to existing claim templates at their indentation', () => {
    const www = '  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 2Gi}}\n';
    assert.equal(fix(statefulSet(www)), statefulSet(www + CLAIM));
  });

  it('appends a flow item to a flow list', () => {
    assert.equal(
      fix(statefulSet('  volumeClaimTemplates: []\n')),
      statefulSet('  volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}]\n'),
    );
  });

  it('follows a 4-space document with indented sequences', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
    name: web
spec:
    serviceName: nginx
    template:
        spec:
            containers:
              - name: nginx
                image: nginx
                volumeMounts:
                  - name: data
                    mountPath: /data
`;
    assert.equal(
      applyFix(ID, text, TITLE),
      `${text}    volumeClaimTemplates:
      - metadata:
            name: data
        spec:
            accessModes:
              - ReadWriteOnce
            resources:
                requests:
                    storage: 1Gi
`,
    );
  });
});
