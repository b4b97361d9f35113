import * as assert from 'node:assert/strict';
import { checkTexts, findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-not-found';

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

const HEADLESS_WEB_HL = `apiVersion: v1
kind: Service
metadata:
  name: web-hl
spec:
  clusterIP: None
  selector:
    app: nginx
`;

describe('sts-service-not-found', () => {
  it('reports a StatefulSet whose serviceName matches no Service', () => {
    const { text, range } = marked(statefulSet('«nginx»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          'spec.serviceName "nginx" matches no Service in the files checked (it may be defined elsewhere): pods get DNS names only from a headless Service of that name in namespace "default"',
      },
    ]);
  });

  it('names the headless Services of the namespace in the message and in data', () => {
    const { text } = marked(`${statefulSet('nginx')}---\n${HEADLESS_WEB_HL}`);
    const [finding] = findingsOf(ID, text);
    assert.match(finding.message, /; headless Services in this namespace: "web-hl"$/);
    assert.deepEqual(finding.data, { serviceName: 'nginx', namespace: 'default', templateLabels: { app: 'nginx' }, headlessServices: ['web-hl'] });
  });

  it('finds the Service in another file checked together', () => {
    const results = checkTexts({
      'file:///sts.yaml': statefulSet('web-hl'),
      'file:///svc.yaml': HEADLESS_WEB_HL,
    });
    assert.deepEqual(results.get('file:///sts.yaml')!.filter((d) => d.ruleId === ID), []);
  });

  it('stays silent when serviceName is missing or cannot name a Service', () => {
    for (const value of ['""', '"2nginx"', '"Nginx"', '80']) {
      assert.deepEqual(findingsOf(ID, statefulSet(value)), [], value);
    }
  });

  it('leaves a Service in another namespace to sts-service-namespace-mismatch', () => {
    const text = `${statefulSet('web-hl')}---\n${HEADLESS_WEB_HL.replace('name: web-hl', 'name: web-hl\n  namespace: other')}`;
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('accepts the docs example', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
