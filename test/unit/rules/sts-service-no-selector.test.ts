import * as assert from 'node:assert/strict';
import { checkTexts, findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-no-selector';

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

function service(extra = ''): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
${extra}`;
}

const SLICE = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: nginx-manual
  labels:
    kubernetes.io/service-name: nginx
addressType: IPv4
endpoints: []
`;

describe('sts-service-no-selector', () => {
  it('reports a Service without spec.selector and points at its name', () => {
    const sts = marked(STS);
    const text = `${sts.text}---\n${service()}`;
    const findings = findingsOf(ID, text);
    assert.deepEqual(summarize(findings), [
      {
        ruleId: ID,
        range: sts.range,
        message:
          'spec.serviceName "nginx": Service "nginx" has no spec.selector, so its endpoints never list this StatefulSet\'s pods and they get no per-pod DNS records',
      },
    ]);
    const at = text.indexOf('nginx\nspec:\n  clusterIP');
    assert.deepEqual(findings[0].related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 5 }, message: 'Service "nginx" has no selector' }]);
  });

  it('treats an empty selector as none and points at it', () => {
    const text = `${marked(STS).text}---\n${service('  selector: {}\n')}`;
    const [finding] = findingsOf(ID, text);
    assert.equal(finding.related[0].range.start, text.indexOf('selector: {}'));
  });

  it('accepts a Service whose EndpointSlices are written by hand', () => {
    assert.deepEqual(findingsOf(ID, `${marked(STS).text}---\n${service()}---\n${SLICE}`), []);
  });

  it('resolves the Service in another file, and adding a selector clears the finding', () => {
    const sts = marked(STS);
    const [finding] = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service() })
      .get('file:///sts.yaml')!
      .filter((d) => d.ruleId === ID);
    assert.equal(finding.related[0].uri, 'file:///svc.yaml');
    const after = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service('  selector:\n    app: nginx\n') });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });

  it('accepts the docs example', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
