import * as assert from 'node:assert/strict';
import { simulateChange, type RolloutChange } from '../../../src/core/change/rollout';
import { describeRollout } from '../../../src/core/change/summary';
import { setLocale } from '../../../src/core/l10n/messages';
import { resourceOf, web, type WebOptions } from './fixtures';

function rolloutOf(before: WebOptions, after: WebOptions, edit?: (text: string) => string) {
  const baseline = resourceOf(web(before), 'git:HEAD:web.yaml');
  const edited = resourceOf((edit ?? ((text: string) => text))(web(after)));
  const rollout = simulateChange(edited, baseline);
  assert.ok(!('problem' in rollout), JSON.stringify(rollout));
  return { rollout: rollout as RolloutChange, text: describeRollout(edited, baseline, rollout as RolloutChange) };
}

describe('the rollout an edit starts (simulated from the baseline settled)', () => {
  afterEach(() => setLocale('en'));

  it('replaces the pods highest first for an image change under RollingUpdate (getPatch: template only makes a revision)', () => {
    const { rollout, text } = rolloutOf({ replicas: 5 }, { replicas: 5, image: 'nginx:1.25' });
    assert.deepEqual(rollout.replaced, ['web-4', 'web-3', 'web-2', 'web-1', 'web-0']);
    assert.deepEqual([rollout.created, rollout.deleted, rollout.unchanged, rollout.claimsCreated], [[], [], [], []]);
    assert.notEqual(rollout.fromRevision, rollout.toRevision);
    assert.match(rollout.fromRevision, /^web-[a-z0-9]+$/);
    assert.equal(text, 'template changed (image nginx:1.24 → nginx:1.25): RollingUpdate replaces web-4, web-3, web-2, web-1 and web-0 one at a time, each waits Ready');
  });

  it('leaves the pods below the partition unchanged and says it, with minReadySeconds', () => {
    const { rollout, text } = rolloutOf({ replicas: 5, partition: 2, minReadySeconds: 10 }, { replicas: 5, partition: 2, minReadySeconds: 10, image: 'nginx:1.25' });
    assert.deepEqual(rollout.replaced, ['web-4', 'web-3', 'web-2']);
    assert.deepEqual(rollout.unchanged, ['web-0', 'web-1']);
    assert.equal(
      text,
      'template changed (image nginx:1.24 → nginx:1.25): RollingUpdate replaces web-4, web-3 and web-2 one at a time, each waits Ready + minReadySeconds 10 s; web-1 and web-0 stay (partition 2)',
    );
  });

  it('changes no pod under OnDelete until a pod is deleted', () => {
    const onDelete = '  updateStrategy: {type: OnDelete}\n';
    const { rollout, text } = rolloutOf({ strategy: onDelete }, { strategy: onDelete, image: 'nginx:1.25' });
    assert.deepEqual(rollout.replaced, []);
    assert.deepEqual(rollout.unchanged, ['web-0', 'web-1', 'web-2']);
    assert.notEqual(rollout.fromRevision, rollout.toRevision);
    assert.equal(text, `template changed (image nginx:1.24 → nginx:1.25): OnDelete: no pod changes until a pod is deleted (a deleted pod comes back at revision ${rollout.toRevision})`);
  });

  it('creates web-3 and web-4 with their claims for replicas 3 → 5, and restarts nothing', () => {
    const { rollout, text } = rolloutOf({ replicas: 3 }, { replicas: 5 });
    assert.deepEqual([rollout.created, rollout.claimsCreated, rollout.replaced], [['web-3', 'web-4'], ['www-web-3', 'www-web-4'], []]);
    assert.equal(rollout.fromRevision, rollout.toRevision);
    assert.equal(text, 'replicas 3 → 5: creates web-3 and web-4 and claims www-web-3 and www-web-4');
  });

  it('deletes web-4 then web-3 for replicas 5 → 3', () => {
    const { rollout, text } = rolloutOf({ replicas: 5 }, { replicas: 3 });
    assert.deepEqual([rollout.deleted, rollout.unchanged, rollout.created], [['web-4', 'web-3'], ['web-0', 'web-1', 'web-2'], []]);
    assert.equal(text, 'replicas 5 → 3: deletes web-4 and web-3');
  });

  it('restarts nothing for a change of the StatefulSet\'s own labels', () => {
    const { rollout, text } = rolloutOf({}, { labels: '{app: nginx, team: storage}' });
    assert.deepEqual([rollout.replaced, rollout.unchanged], [[], ['web-0', 'web-1', 'web-2']]);
    assert.equal(rollout.fromRevision, rollout.toRevision);
    assert.equal(text, 'no pod restarts (the pod template is unchanged)');
  });

  it('says no pod is replaced when none runs (replicas 0)', () => {
    const { rollout, text } = rolloutOf({ replicas: 0 }, { replicas: 0, image: 'nginx:1.25' });
    assert.deepEqual([rollout.replaced, rollout.unchanged], [[], []]);
    assert.equal(text, 'template changed (image nginx:1.24 → nginx:1.25): no pod runs yet, so none is replaced');
  });

  it('says the rollout in Simplified Chinese', () => {
    setLocale('zh-CN');
    const { text } = rolloutOf({ replicas: 3 }, { replicas: 5 });
    assert.equal(text, 'replicas 3 → 5：创建 web-3 和 web-4 以及申领 www-web-3 和 www-web-4');
  });
});
