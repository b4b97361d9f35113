// "Simulate this change" in the rollout panel (src/panel/plan.ts, session.ts): the plan starts from
// the baseline settled (every pod at the baseline's revision), then applies the edit; the heading
// names both revisions; the panel's what-ifs still come after; the mode survives a reload.
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../src/core/index';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { buildInit } from '../../../src/panel/plan';
import { newSession, toSession } from '../../../src/panel/session';
import { addStep } from '../../../src/panel/sessionState';
import { resourceOf, web } from '../change/fixtures';

const LANGUAGE = createLanguageService();
const TARGET = { uri: 'file:///web.yaml', name: 'web', namespace: 'default', documentIndex: 0 };

function changeInit(session = newSession(TARGET, undefined, true)) {
  const baseline = resourceOf(web(), 'statefulset-baseline:/web.yaml?ref=HEAD');
  const edited = resourceOf(web({ image: 'nginx:1.25' }));
  const steps = LANGUAGE.changeSteps(edited, baseline);
  assert.ok(!('problem' in steps));
  const input = LANGUAGE.simulationInput(baseline, new ResourceIndex([edited]));
  const init = buildInit(LANGUAGE, input, session, [], 'en', undefined, { steps: steps.steps, ref: 'HEAD' });
  assert.equal(init.type, 'init');
  return init.type === 'init' ? init : assert.fail('no plan');
}

describe('Simulate this change (the rollout panel)', () => {
  it('plays the edit from the baseline settled and names both revisions in the heading', () => {
    const init = changeInit();
    const events = init.plan.frames.map((f) => f.event);
    const revisions = events.filter((e) => e.type === 'RevisionCreated').map((e) => e.object);
    assert.equal(revisions.length, 2);
    assert.equal(init.title, `StatefulSet web: HEAD (${revisions[0]}) → this edit (${revisions[1]})`);
    const secondApply = events.findIndex((e) => e.type === 'StepStarted' && e.step === 1);
    const before = events.slice(0, secondApply);
    assert.deepEqual(before.filter((e) => e.type === 'PodCreated').map((e) => e.object), ['web-0', 'web-1', 'web-2'], 'the baseline settles first');
    const terminated = events.slice(secondApply).filter((e) => e.type === 'PodTerminating').map((e) => e.object);
    assert.deepEqual([...new Set(terminated)], ['web-2', 'web-1', 'web-0'], 'then RollingUpdate replaces them, highest first');
  });

  it('keeps the what-ifs: a step added in the panel comes after the change', () => {
    const init = changeInit(addStep(newSession(TARGET, undefined, true), { action: { kind: 'scale', replicas: 1 }, at: 500 }));
    assert.deepEqual(init.steps.map((s) => s.kind), ['apply', 'apply', 'scale']);
  });

  it('keeps the change mode across a reload, and a rollout session stays one', () => {
    assert.equal(toSession(JSON.parse(JSON.stringify(newSession(TARGET, undefined, true))))?.change, true);
    assert.equal(toSession(JSON.parse(JSON.stringify(newSession(TARGET))))?.change, undefined);
  });
});
