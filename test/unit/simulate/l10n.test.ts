// The simulator in Simplified Chinese: our own messages are translated, the texts that imitate
// Kubernetes (the controller's events) stay English so learners can compare them with a cluster.
import * as assert from 'node:assert/strict';
import { setLocale } from '../../../src/core/l10n/messages';
import { parseScript } from '../../../src/core/simulate/script';
import { run } from './scenario';

const HAN = /[\u4e00-\u9fff]/;

describe('simulator in Simplified Chinese', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => setLocale('en'));

  it("says in Chinese why the docs example's web-1 waits, still naming web-1 and web-0", () => {
    const blocked = run([{ apply: {} }]).events.find((e) => e.type === 'Blocked' && e.reason === 'Waiting');
    assert.ok(blocked?.message, 'a Blocked wait event');
    assert.match(blocked.message, HAN);
    assert.match(blocked.message, /web-1/);
    assert.match(blocked.message, /web-0/);
    assert.ok(blocked.message.indexOf('web-1') < blocked.message.indexOf('web-0'), blocked.message);
    assert.notEqual(blocked.message, 'web-1 waits for web-0 to be Running and Ready');
  });

  it("keeps the controller's own event texts in English", () => {
    const events = run([{ apply: {} }]).events;
    const created = events.find((e) => e.type === 'PodCreated' && e.object === 'web-0');
    assert.equal(created?.message, 'create Pod web-0 in StatefulSet web successful');
    const claim = events.find((e) => e.type === 'PVCCreated' && e.object === 'www-web-0');
    assert.equal(claim?.message, 'create Claim www-web-0 Pod web-0 in StatefulSet web success');
    const scaled = run([{ apply: {} }, { scale: 1 }]).events.find((e) => e.type === 'PodTerminating' && e.reason === 'Controller');
    assert.equal(scaled?.message, 'delete Pod web-1 in StatefulSet web successful (scale down)');
  });

  it('reports a bad script in Chinese, still naming the step index and key', () => {
    const result = parseScript('steps:\n  - apply: {}\n  - scale: -1\n');
    assert.ok('error' in result, 'an error');
    assert.match(result.error, HAN);
    assert.ok(result.error.includes('steps[1].scale'), result.error);
    assert.ok(result.error.includes('-1'), result.error);
  });

  it('is English again after setLocale("en")', () => {
    setLocale('en');
    const result = parseScript('steps:\n  - scale: -1\n');
    assert.ok('error' in result);
    assert.equal(result.error, 'steps[0].scale must be a non-negative integer (got -1)');
  });
});
