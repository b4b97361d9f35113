import * as assert from 'node:assert/strict';
import { setLocale } from '../../../src/core/l10n/messages';
import { findRule } from '../../../src/core/rules';
import { checkFiles } from '../../../src/core/check';
import type { KubernetesVersion } from '../../../src/core/model/kubernetesVersion';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findingsOf } from '../helpers';
import { governedStatefulSet } from './fixtures';

const HAN = /[\u4e00-\u9fff]/;

const STATEFUL_SET = governedStatefulSet('nginx');

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

  it('says in Chinese that maxUnavailable is dropped, naming v1.35.0–v1.35.3 (the only patches with the gate on) when targeting 1.35 only', () => {
    setLocale('zh-CN');
    const text = STATEFUL_SET.replace('  serviceName: nginx\n', '  serviceName: nginx\n  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 2\n');
    const messageOn = (kubernetesVersion: KubernetesVersion) => {
      const diagnostics = checkFiles([{ uri: 'a', parsed: parseFile(text) }], { kubernetesVersion }).get('a')!;
      return diagnostics.find((d) => d.ruleId === 'sts-max-unavailable-feature-gated')!.message;
    };
    for (const version of ['1.34', '1.35', '1.36'] as const) {
      assert.match(messageOn(version), HAN);
      assert.ok(messageOn(version).includes(`Kubernetes ${version}`), messageOn(version));
    }
    assert.ok(messageOn('1.35').includes('v1.35.0–v1.35.3'), messageOn('1.35'));
    assert.ok(!messageOn('1.36').includes('v1.35.0'), messageOn('1.36'));
    assert.ok(!messageOn('1.34').includes('v1.35.0'), messageOn('1.34'));
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
