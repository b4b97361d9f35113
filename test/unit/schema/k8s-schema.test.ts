import * as assert from 'node:assert/strict';
import { checkFiles } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import k8sSchema from '../../../src/core/rules/k8s-schema';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const URI = 'file:///test.yaml';

/** k8s-schema findings of `text`, with the schema rule alone (no other rule can take a finding over). */
function schemaFindings(text: string) {
  return summarize(checkFiles([{ uri: URI, parsed: parseFile(text) }], { rules: [k8sSchema] }).get(URI)!);
}

/** A valid StatefulSet; `container` lines go into its only container, `spec` lines into spec. */
function statefulSet({ container = '', spec = '', podSpec = '', metadata = '' } = {}): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
${metadata}spec:
  serviceName: web
  selector:
    matchLabels:
      app: web
${spec}  template:
    metadata:
      labels:
        app: web
    spec:
${podSpec}      containers:
      - name: web
        image: nginx
${container}`;
}

function expectOne(fixture: string, message: string) {
  const { text, range } = marked(fixture);
  assert.deepEqual(schemaFindings(text), [{ ruleId: 'k8s-schema', range, message }]);
}

describe('k8s-schema', () => {
  it('reports an unknown field at its key, with its full path and the field it was probably meant to be', () => {
    expectOne(
      statefulSet({ container: '        «imagePullPolicyy»: Always\n' }),
      'unknown field "spec.template.spec.containers[0].imagePullPolicyy"; did you mean "imagePullPolicy"?',
    );
  });

  it('suggests a field for a transposition or a wrong case, and nothing when no field is close', () => {
    const typo = schemaFindings(statefulSet({ spec: '  replcias: 3\n' }));
    assert.equal(typo[0].message, 'unknown field "spec.replcias"; did you mean "replicas"?');
    const wrongCase = schemaFindings(statefulSet({ spec: '  ServiceName: web\n' }));
    assert.equal(wrongCase[0].message, 'unknown field "spec.ServiceName"; did you mean "serviceName"?');
    const unrelated = schemaFindings(statefulSet({ spec: '  flavour: vanilla\n' }));
    assert.deepEqual(unrelated.map((f) => f.message), ['unknown field "spec.flavour"']);
  });

  it('reports a field written one level too deep as unknown where it stands', () => {
    const findings = schemaFindings(statefulSet({ container: '        replicas: 3\n' }));
    assert.deepEqual(findings.map((f) => f.message), ['unknown field "spec.template.spec.containers[0].replicas"']);
  });

  it('reports a quoted number in an integer field as a wrong type', () => {
    expectOne(statefulSet({ spec: '  replicas: «"3"»\n' }), 'spec.replicas: expected an integer, got string "3"');
  });

  it('reports a fraction in an integer field, a list where an object belongs and an int32 overflow', () => {
    const messages = schemaFindings(
      statefulSet({ spec: '  replicas: 1.5\n  minReadySeconds: 3000000000\n', podSpec: '      securityContext: [a]\n' }),
    ).map((f) => f.message);
    assert.deepEqual(messages, [
      'spec.replicas: expected an integer, got number 1.5',
      'spec.minReadySeconds: 3000000000 is out of range for a 32-bit integer',
      'spec.template.spec.securityContext: expected an object, got a list',
    ]);
  });

  it('accepts a whole number written as 1.0 in an integer field, as Kubernetes decodes it', () => {
    assert.deepEqual(schemaFindings(statefulSet({ spec: '  replicas: 1.0\n' })), []);
  });

  it('reports a value outside an enum with the supported values, as the API server words it', () => {
    expectOne(
      statefulSet({ container: '        imagePullPolicy: «Sometimes»\n' }),
      'spec.template.spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
    );
  });

  it('accepts an empty string in an optional enum field, which Kubernetes defaults', () => {
    assert.deepEqual(schemaFindings(statefulSet({ container: '        imagePullPolicy: ""\n', spec: '  podManagementPolicy: ""\n' })), []);
  });

  it('reports a missing required field at the key of the object that lacks it', () => {
    const text = statefulSet({ podSpec: '      volumes:\n      - «emptyDir»: {}\n' });
    const { text: clean, range } = marked(text);
    assert.deepEqual(schemaFindings(clean), [{ ruleId: 'k8s-schema', range, message: 'spec.template.spec.volumes[0].name: Required value' }]);
    const noSelector = marked('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n«spec»:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n');
    assert.deepEqual(schemaFindings(noSelector.text), [{ ruleId: 'k8s-schema', range: noSelector.range, message: 'spec.selector: Required value' }]);
  });

  it('does not also report a required field as missing when a misspelt key was probably meant to be it', () => {
    const findings = schemaFindings(statefulSet({ container: '        ports:\n        - containerPrt: 80\n' }));
    assert.deepEqual(findings.map((f) => f.message), ['unknown field "spec.template.spec.containers[0].ports[0].containerPrt"; did you mean "containerPort"?']);
  });

  it('does not ask for fields whose zero value Kubernetes accepts (an HTTP header without a value)', () => {
    const probe = '        readinessProbe:\n          httpGet:\n            port: 80\n            httpHeaders:\n            - name: X-Probe\n';
    assert.deepEqual(schemaFindings(statefulSet({ container: probe })), []);
  });

  it('accepts null for any field, required ones included, and the status and timestamps kubectl writes', () => {
    const text = statefulSet({
      metadata: '  creationTimestamp: null\n  labels:\n  annotations: null\n',
      spec: '  replicas: null\n  updateStrategy: ~\n  volumeClaimTemplates:\n  - metadata:\n      name: data\n      creationTimestamp: null\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n    status: {}\n',
      container: '        resources: {}\n        ports:\n        - containerPort: null\n',
    }) + 'status:\n  availableReplicas: 0\n';
    assert.deepEqual(schemaFindings(text), []);
    assert.deepEqual(schemaFindings(`${statefulSet()}status: {}\n`), []);
  });

  it('accepts numbers and strings in int-or-string fields, but not fractions or booleans', () => {
    const ok = statefulSet({
      spec: '  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 50%\n      partition: 0\n',
      container: '        readinessProbe:\n          httpGet: {port: web}\n        livenessProbe:\n          tcpSocket: {port: 8080}\n',
    });
    assert.deepEqual(schemaFindings(ok), []);
    const bad = schemaFindings(statefulSet({ container: '        readinessProbe:\n          httpGet: {port: 1.5}\n        livenessProbe:\n          tcpSocket: {port: true}\n' }));
    assert.deepEqual(bad.map((f) => f.message), [
      'spec.template.spec.containers[0].readinessProbe.httpGet.port: expected an integer or a string, got number 1.5',
      'spec.template.spec.containers[0].livenessProbe.tcpSocket.port: expected an integer or a string, got boolean true',
    ]);
  });

  it('accepts a quantity written as a number and reports one that is not a quantity', () => {
    const ok = statefulSet({ container: '        resources:\n          requests: {cpu: 1, memory: 512Mi}\n          limits: {cpu: 0.5, memory: 1e9}\n' });
    assert.deepEqual(schemaFindings(ok), []);
    expectOne(
      statefulSet({ container: '        resources:\n          limits:\n            memory: «1GB»\n' }),
      'spec.template.spec.containers[0].resources.limits.memory: "1GB" is not a quantity: write a number with an optional unit, like "500m", "2", "128Mi" or "1Gi"',
    );
  });

  it('rejects a boolean or a number as a label value, which Kubernetes decodes as a non-string', () => {
    const findings = schemaFindings(statefulSet({ metadata: '  labels:\n    enabled: true\n    version: 1.0\n    quoted: "true"\n' }));
    assert.deepEqual(findings.map((f) => f.message), [
      'metadata.labels.enabled: expected a string, got boolean true',
      'metadata.labels.version: expected a string, got number 1',
    ]);
  });

  it('checks a v1 Service: unknown port field and an unsupported type', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: Loadbalancer\n  ports:\n  - port: 80\n    targetport: 8080\n';
    assert.deepEqual(schemaFindings(text).map((f) => f.message), [
      'spec.type: Unsupported value: "Loadbalancer": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
      'unknown field "spec.ports[0].targetport"; did you mean "targetPort"?',
    ]);
  });

  it('leaves StatefulSets of other apiVersions to the rules about them', () => {
    const text = statefulSet({ spec: '  flavour: vanilla\n' }).replace('apps/v1', 'apps/v1beta1');
    assert.deepEqual(schemaFindings(text), []);
  });

  it('checks a field reached through an alias or a merge key once, at the anchor', () => {
    const text = statefulSet({ container: '        env: &env\n        - name: A\n          vlaue: x\n      - name: sidecar\n        image: busybox\n        env: *env\n' });
    assert.deepEqual(schemaFindings(text).map((f) => f.message), ['unknown field "spec.template.spec.containers[0].env[0].vlaue"; did you mean "value"?']);
  });

  it('answers an alias bomb (10 levels of 10 aliases) quickly, without walking its expansion', () => {
    const levels = ['        - &a0 {name: x, valueFrom: {fieldRef: {fieldPath: metadata.name, nope: 1}}}'];
    for (let i = 1; i < 10; i++) levels.push(`        - &a${i} {name: x${i}, bomb: [${Array(10).fill(`*a${i - 1}`).join(', ')}]}`);
    const text = statefulSet({ container: `        env:\n${levels.join('\n')}\n        args: &l9 [${Array(10).fill('*a9').join(', ')}]\n` });
    const started = Date.now();
    const findings = schemaFindings(text);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.equal(findings.filter((f) => f.message.includes('nope')).length, 1);
    assert.equal(findings.filter((f) => f.message.includes('"bomb"') || f.message.includes('.bomb"')).length, 9);
  });

  it('gives the docs example no k8s-schema finding', () => {
    assert.deepEqual(findingsOf('k8s-schema', WEB_EXAMPLE), []);
    assert.deepEqual(schemaFindings(WEB_EXAMPLE), []);
  });
});
