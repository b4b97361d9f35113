import * as assert from 'node:assert/strict';
import { checkTexts, findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-selector-mismatch';

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
        tier: web
    spec:
      containers:
      - name: nginx
        image: nginx
`;

function service(selector: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
${selector}`;
}

describe('sts-service-selector-mismatch', () => {
  it('reports a selector that does not select the pods and names each difference', () => {
    const sts = marked(STS);
    const text = `${sts.text}---\n${service('  selector:\n    app: web\n    role: db\n')}`;
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range: sts.range,
        message:
          'spec.serviceName "nginx": the selector of Service "nginx" does not select this StatefulSet\'s pods (app="web" but the pods have app="nginx"; role="db" but the pods have no role label)',
      },
    ]);
    const at = text.indexOf('selector:\n    app: web');
    assert.deepEqual(findings[0].related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 8 }, message: 'selector of Service "nginx"' }]);
    assert.deepEqual(findings[0].data?.selector, { app: 'web', role: 'db' });
    assert.deepEqual(findings[0].data?.templateLabels, { app: 'nginx', tier: 'web' });
  });

  it('accepts a selector that is a subset of the pod labels', () => {
    assert.deepEqual(findingsOf(ID, `${marked(STS).text}---\n${service('  selector:\n    app: nginx\n')}`), []);
    assert.deepEqual(findingsOf(ID, `${marked(STS).text}---\n${service('  selector: {tier: web, app: nginx}\n')}`), []);
  });

  it('leaves a Service without selector to sts-service-no-selector', () => {
    assert.deepEqual(findingsOf(ID, `${marked(STS).text}---\n${service('')}`), []);
  });

  it('points at the selector in the other file, and fixing it clears the finding', () => {
    const sts = marked(STS);
    const svcText = service('  selector:\n    app: web\n');
    const [finding] = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': svcText })
      .get('file:///sts.yaml')!
      .filter((d) => d.ruleId === ID);
    assert.deepEqual(finding.range, sts.range);
    assert.equal(finding.related[0].uri, 'file:///svc.yaml');
    assert.equal(finding.related[0].range.start, svcText.indexOf('selector:'));
    const after = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service('  selector:\n    app: nginx\n') });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });

  it('accepts the docs example', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
