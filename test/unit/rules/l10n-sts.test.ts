import * as assert from 'node:assert/strict';
import { setLocale } from '../../../src/core/l10n/messages';
import { findRule } from '../../../src/core/rules';
import { findingsOf } from '../helpers';

const HAN = /[\u4e00-\u9fff]/;

const STATEFUL_SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
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

describe('StatefulSet rules in Simplified Chinese', () => {
  afterEach(() => setLocale('en'));

  it('reports a serviceName that matches no Service in Chinese, keeping the field path and the name', () => {
    setLocale('zh-CN');
    const findings = findingsOf('sts-service-not-found', STATEFUL_SET);
    assert.equal(findings.length, 1);
    const { message } = findings[0];
    assert.match(message, HAN);
    assert.ok(message.includes('spec.serviceName'), message);
    assert.ok(message.includes('"nginx"'), message);
    assert.ok(!message.includes('matches no Service'), message);
  });

  it('reads the docs in the locale current when they are read', () => {
    const rule = findRule('sts-service-not-found')!;
    const english = rule.docs.summary;
    setLocale('zh-CN');
    assert.match(rule.docs.summary, HAN);
    assert.match(rule.docs.remediation, HAN);
    assert.notEqual(rule.docs.summary, english);
    setLocale('en');
    assert.equal(rule.docs.summary, english);
    assert.ok(!HAN.test(english));
  });
});
