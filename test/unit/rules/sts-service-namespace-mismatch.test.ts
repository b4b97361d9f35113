import * as assert from 'node:assert/strict';
import { checkTexts, findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-namespace-mismatch';

function statefulSet(serviceName: string, metadata = ''): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
${metadata}spec:
  serviceName: ${serviceName}
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
}

function service(metadata: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: nginx
${metadata}spec:
  clusterIP: None
  selector:
    app: nginx
`;
}

describe('sts-service-namespace-mismatch', () => {
  it('reports a Service that exists only in another namespace', () => {
    const sts = marked(statefulSet('«nginx»'));
    const text = `${sts.text}---\n${service('  namespace: db\n')}`;
    const [finding] = findingsOf(ID, text);
    assert.deepEqual(summarize([finding]), [
      {
        ruleId: ID,
        range: sts.range,
        message:
          'spec.serviceName "nginx": Service "nginx" exists only in namespace "db", but this StatefulSet is in namespace "default"; pods resolve their Service in their own namespace',
      },
    ]);
    const at = text.indexOf('db\n');
    assert.deepEqual(finding.related, [{ uri: 'file:///test.yaml', range: { start: at, end: at + 2 }, message: 'Service "nginx" is in namespace "db"' }]);
    assert.deepEqual(finding.data?.serviceNamespaces, ['db']);
  });

  it('points at the Service in the other file, and fixing the namespace there clears it', () => {
    const sts = marked(statefulSet('«nginx»', '  namespace: shop\n'));
    const svcText = service('  namespace: db\n');
    const before = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': svcText }).get('file:///sts.yaml')!.filter((d) => d.ruleId === ID);
    assert.equal(before.length, 1);
    assert.deepEqual(before[0].range, sts.range);
    assert.match(before[0].message, /but this StatefulSet is in namespace "shop"/);
    assert.equal(before[0].related[0].uri, 'file:///svc.yaml');
    assert.equal(before[0].related[0].range.start, svcText.indexOf('db\n'));
    const after = checkTexts({ 'file:///sts.yaml': sts.text, 'file:///svc.yaml': service('  namespace: shop\n') });
    assert.deepEqual(after.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });

  it('treats an omitted namespace as default', () => {
    assert.deepEqual(findingsOf(ID, `${statefulSet('nginx')}---\n${service('  namespace: default\n')}`), []);
    assert.deepEqual(findingsOf(ID, `${statefulSet('nginx', '  namespace: default\n')}---\n${service('')}`), []);
  });

  it('is silent when a Service of that name also exists in the same namespace', () => {
    const text = `${statefulSet('nginx')}---\n${service('  namespace: db\n')}---\n${service('')}`;
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('accepts the docs example', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
