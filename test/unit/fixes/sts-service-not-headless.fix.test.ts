import * as assert from 'node:assert/strict';
import { findingsOf } from '../helpers';
import { governedStatefulSet } from '../rules/fixtures';
import { applyFixToFiles, fixTitles } from './fixHelpers';

const ID = 'sts-service-not-headless';
const STS = 'file:///test.yaml';
const SVC = 'file:///svc.yaml';
const TITLE = 'Make Service "nginx" headless (clusterIP: None); a live Service cannot be changed in place: delete and recreate it';

const statefulSet = governedStatefulSet('nginx');

/** Applies the fix with the Service in its own file; checks the StatefulSet file is untouched and the finding gone. */
function fixService(service: string): string {
  const out = applyFixToFiles(ID, { [STS]: statefulSet, [SVC]: service }, TITLE);
  assert.equal(out[STS], statefulSet);
  assert.deepEqual(findingsOf(ID, out[STS], { [SVC]: out[SVC] }), []);
  return out[SVC];
}

describe('sts-service-not-headless fix', () => {
  it('offers one fix whose title says a live Service must be recreated', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  selector:\n    app: nginx\n';
    assert.deepEqual(fixTitles(ID, { [STS]: statefulSet, [SVC]: service }), [TITLE]);
  });

  it('inserts clusterIP: None after the last pair of the spec in the Service file, keeping comments', () => {
    const service = `# The web Service
apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  selector:
    app: nginx # pods
  ports:
  - port: 80
  # trailing comment
`;
    assert.equal(
      fixService(service),
      `# The web Service
apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  selector:
    app: nginx # pods
  ports:
  - port: 80
  clusterIP: None
  # trailing comment
`,
    );
  });

  it('replaces a cluster IP in place, keeping its quotes, its comment and a 4-space indent, and fixes clusterIPs', () => {
    const service = `apiVersion: v1
kind: Service
metadata:
    name: nginx
spec:
    clusterIP: "10.0.0.1" # assigned
    clusterIPs:
    - 10.0.0.1
    - fd00::1
    selector:
        app: nginx
`;
    assert.equal(
      fixService(service),
      `apiVersion: v1
kind: Service
metadata:
    name: nginx
spec:
    clusterIP: "None" # assigned
    clusterIPs:
    - None
    selector:
        app: nginx
`,
    );
  });

  it('adds the key to a flow-style spec, in flow style', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: nginx}\nspec: {selector: {app: nginx}, ports: [{port: 80}]}';
    assert.equal(fixService(service), 'apiVersion: v1\nkind: Service\nmetadata: {name: nginx}\nspec: {selector: {app: nginx}, ports: [{port: 80}], clusterIP: None}');
  });

  it('fills in an empty clusterIP key', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP:\n  selector:\n    app: nginx\n';
    assert.equal(fixService(service), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP: None\n  selector:\n    app: nginx\n');
  });

  it('edits the Service in the same file when it is there', () => {
    const text = `${statefulSet}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  type: ClusterIP\n  selector:\n    app: nginx\n`;
    const out = applyFixToFiles(ID, { [STS]: text }, TITLE);
    assert.equal(out[STS], `${statefulSet}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  type: ClusterIP\n  selector:\n    app: nginx\n  clusterIP: None\n`);
    assert.deepEqual(findingsOf(ID, out[STS]), []);
  });

  it('keeps CRLF line endings', () => {
    const service = 'apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: nginx\r\nspec:\r\n  selector:\r\n    app: nginx\r\n';
    assert.equal(fixService(service), 'apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: nginx\r\nspec:\r\n  selector:\r\n    app: nginx\r\n  clusterIP: None\r\n');
  });

  it('offers nothing for an ExternalName Service', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  type: ExternalName\n  externalName: db.example.com\n';
    assert.deepEqual(fixTitles(ID, { [STS]: statefulSet, [SVC]: service }), []);
  });
});
