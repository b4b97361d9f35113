import * as assert from 'node:assert/strict';
import { applyFix, checkText, findingsOf } from '../helpers';
import { webStatefulSet } from '../rules/fixtures';
import { fixTitles } from './fixHelpers';

const ID = 'sts-service-not-found';

/** StatefulSet `web` (in a file that starts with a comment) with a second pod label, `tier: web`, and `containers` (lines under `containers:`). */
function statefulSet(serviceName: string, metadata = '', containers = CONTAINERS): string {
  const podMetadata = '      labels:\n        app: nginx\n        tier: web\n';
  return `# web tier\n${webStatefulSet({ metadata, serviceName: `${serviceName} # the headless Service`, podMetadata, podSpec: `      containers:\n${containers}` })}`;
}

const CONTAINERS = `      - name: nginx
        image: nginx
        ports:
        - containerPort: 80
          name: web
        - containerPort: 9090
      - name: dns
        image: dns
        ports:
        - containerPort: 53
          protocol: UDP
`;

const CONFIG_MAP = `# end of web
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
`;

const SERVICES = `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: ngin
spec:
  clusterIP: None
  selector:
    app: other
`;

describe('sts-service-not-found fixes', () => {
  it('creates the headless Service as a new document right after the StatefulSet, with its namespace, labels and named ports', () => {
    const text = statefulSet('nginx', '  namespace: shop\n') + CONFIG_MAP;
    const fixed = applyFix(ID, text, 'Create headless Service "nginx"');
    assert.equal(
      fixed,
      statefulSet('nginx', '  namespace: shop\n') +
        `---
apiVersion: v1
kind: Service
metadata:
  name: nginx
  namespace: shop
spec:
  clusterIP: None
  selector:
    app: nginx
    tier: web
  ports:
  - name: web
    port: 80
  - name: port-9090
    port: 9090
  - name: port-53-udp
    port: 53
    protocol: UDP
` +
        CONFIG_MAP,
    );
    assert.deepEqual(findingsOf(ID, fixed), []);
    const serious = checkText(fixed).filter((d) => d.severity === 'error' || (d.severity === 'warning' && d.ruleId !== 'sts-no-readiness-probe'));
    assert.deepEqual(serious.map((d) => d.ruleId), []);
  });

  it('leaves a single port unnamed and follows 4-space, indented-sequence style, at the end of a file without a final newline', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
    name: db
spec:
    serviceName: db
    selector:
        matchLabels:
            app: db
    template:
        metadata:
            labels:
                app: db
        spec:
            containers:
              - name: db
                image: postgres
                ports:
                  - containerPort: 5432`;
    const fixed = applyFix(ID, text, 'Create headless Service "db"');
    assert.equal(
      fixed,
      `${text}
---
apiVersion: v1
kind: Service
metadata:
    name: db
spec:
    clusterIP: None
    selector:
        app: db
    ports:
      - port: 5432`,
    );
    assert.deepEqual(findingsOf(ID, fixed), []);
  });

  it('changes serviceName to the closest headless Service selecting the pods, keeping its quotes', () => {
    const text = statefulSet('"ngnix"') + CONFIG_MAP;
    const others = { 'file:///svc.yaml': SERVICES };
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': text, ...others }), ['Create headless Service "ngnix"', 'Change serviceName to "nginx"']);
    const fixed = applyFix(ID, text, 'Change serviceName to "nginx"', others);
    assert.equal(fixed, statefulSet('"nginx"') + CONFIG_MAP);
    assert.deepEqual(findingsOf(ID, fixed, others), []);
  });

  it('prefers the closest name when no headless Service selects the pods', () => {
    const others = { 'file:///svc.yaml': SERVICES.replace('    app: nginx\n', '    app: api\n') };
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': statefulSet('nginxx'), ...others }), ['Create headless Service "nginxx"', 'Change serviceName to "nginx"']);
    assert.deepEqual(fixTitles(ID, { 'file:///test.yaml': statefulSet('ngi'), ...others }), ['Create headless Service "ngi"', 'Change serviceName to "ngin"']);
  });
});
