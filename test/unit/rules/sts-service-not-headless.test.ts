import * as assert from 'node:assert/strict';
import { checkTexts, findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-not-headless';

const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: «nginx»
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
`;

function service(spec: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
${spec}  selector:
    app: nginx
`;
}

const PORTS = '  ports:\n  - port: 80\n';

function check(spec: string) {
  const sts = marked(STS);
  const text = `${sts.text}---\n${service(spec)}`;
  return { sts, text, findings: findingsOf(ID, text) };
}

describe('sts-service-not-headless', () => {
  it('reports a Service without clusterIP and points at its name', () => {
    const { sts, text, findings } = check(PORTS);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range: sts.range,
        message:
          'spec.serviceName "nginx": Service "nginx" is not headless (it has no spec.clusterIP, so it gets a cluster IP); pods get stable DNS names only from a Service with clusterIP: None',
      },
    ]);
    const at = text.indexOf('name: nginx\nspec') + 'name: '.length;
    assert.deepEqual(findings[0].related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 5 }, message: 'Service "nginx" has no clusterIP: None' }]);
  });

  it('reports a Service with a cluster IP address and points at it', () => {
    const { text, findings } = check(`  clusterIP: 10.96.0.12\n${PORTS}`);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /is not headless \(spec\.clusterIP "10\.96\.0\.12"\)/);
    const at = text.indexOf('10.96.0.12');
    assert.deepEqual(findings[0].related[0].range, { start: at, end: at + 10 });
    assert.equal(findings[0].related[0].message, 'clusterIP of Service "nginx"');
    assert.equal(findings[0].data?.clusterIP, '10.96.0.12');
  });

  it('says that none must be written None', () => {
    for (const value of ['none', 'NONE']) {
      const { findings } = check(`  clusterIP: ${value}\n`);
      assert.equal(findings.length, 1, value);
      assert.match(findings[0].message, new RegExp(`\\(spec\\.clusterIP "${value}" must be written "None", case-sensitive\\)`));
    }
  });

  it('reports an ExternalName Service', () => {
    const { findings } = check('  type: ExternalName\n  externalName: db.example.com\n');
    assert.match(findings[0].message, /is not headless \(spec\.type "ExternalName"\)/);
  });

  it('accepts clusterIP: None and clusterIPs: [None]', () => {
    assert.deepEqual(check('  clusterIP: None\n').findings, []);
    assert.deepEqual(check('  clusterIP: "None"\n').findings, []);
    assert.deepEqual(check('  clusterIPs: [None]\n').findings, []);
  });

  it('resolves the Service in another file, and making it headless clears the finding', () => {
    const sts = marked(STS);
    const before = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service(PORTS) }).get('file:///sts.yaml')!;
    const [finding] = before.filter((d) => d.ruleId === ID);
    assert.deepEqual(finding.range, sts.range);
    assert.equal(finding.related[0].uri, 'file:///svc.yaml');
    assert.equal(finding.data?.serviceUri, 'file:///svc.yaml');
    const after = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service(`  clusterIP: None\n${PORTS}`) });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });

  it('picks the headless one when the same Service is defined twice', () => {
    const sts = marked(STS);
    const results = checkTexts({
      'file:///sts.yaml': sts.text,
      'file:///a.yaml': service(PORTS),
      'file:///b.yaml': service('  clusterIP: None\n'),
    });
    assert.deepEqual(results.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });

  it('accepts the docs example', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
