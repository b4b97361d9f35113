import * as assert from 'node:assert/strict';
import { findingsOf } from '../helpers';
import { webStatefulSet } from '../rules/fixtures';
import { applyFixToFiles, fixTitles } from './fixHelpers';

const ID = 'sts-service-selector-mismatch';
const STS = 'file:///test.yaml';
const SVC = 'file:///svc.yaml';
const TITLE = 'Set the selector of Service "nginx" to the pod labels';

/** StatefulSet `web` whose pods carry `labels` (lines under `spec.template.metadata:`). */
const statefulSet = (labels: string) => webStatefulSet({ podMetadata: labels });

const service = (selector: string) => `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
${selector}  ports:
  - port: 80
`;

function fix(sts: string, svc: string): string {
  const out = applyFixToFiles(ID, { [STS]: sts, [SVC]: svc }, TITLE);
  assert.equal(out[STS], sts);
  assert.deepEqual(findingsOf(ID, out[STS], { [SVC]: out[SVC] }), []);
  return out[SVC];
}

describe('sts-service-selector-mismatch fix', () => {
  const labels = '      labels:\n        app: nginx\n';

  it('offers to set the Service selector to the pod labels', () => {
    assert.deepEqual(fixTitles(ID, { [STS]: statefulSet(labels), [SVC]: service('  selector:\n    app: web\n') }), [TITLE]);
  });

  it('replaces a wrong value in place and drops a key the pods lack, in the Service file', () => {
    assert.equal(
      fix(statefulSet(labels), service('  selector:\n    app: web # pods\n    role: db\n')),
      service('  selector:\n    app: nginx # pods\n'),
    );
  });

  it('rewrites the selector when none of its keys is a pod label', () => {
    assert.equal(
      fix(statefulSet('      labels:\n        app: nginx\n        tier: web\n'), service('  selector:\n    role: db\n')),
      service('  selector:\n    app: nginx\n    tier: web\n'),
    );
  });

  it('keeps a flow-style selector in flow style with its quotes', () => {
    assert.equal(
      fix(statefulSet('      labels: {app: nginx}\n'), service('  selector: {app: "web", role: db}\n')),
      service('  selector: {app: "nginx"}\n'),
    );
  });
});
