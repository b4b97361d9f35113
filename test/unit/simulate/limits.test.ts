// Hostile input (issue #15): limits answered at once, and a run that stops at its budget says so.
import * as assert from 'node:assert/strict';
import { findLimitProblem, MAX_REPLICAS } from '../../../src/core/simulate/limits';
import { planRollout } from '../../../src/core/simulate/planRollout';
import { parseScript } from '../../../src/core/simulate/script';
import { DEFAULT_ENVIRONMENT, type Step } from '../../../src/core/simulate/types';
import { NGINX, run, webManifest } from './scenario';

const script = (steps: Step[]) => ({ environment: DEFAULT_ENVIRONMENT, steps });
const APPLY: Step = { kind: 'apply', patch: {} };

describe('simulator limits', () => {
  it('refuses more than 10,000 replicas in the manifest, a scale step or an apply patch, naming where', () => {
    const huge = { manifest: webManifest({ spec: { replicas: 1_000_000_000 } }), service: NGINX };
    assert.equal(findLimitProblem(huge, script([APPLY])), 'spec.replicas: 1000000000 replicas is more than the simulator models (at most 10000); try a smaller number: the controller behaves the same at any size');
    const input = { manifest: webManifest(), service: NGINX };
    assert.match(findLimitProblem(input, script([APPLY, { kind: 'scale', replicas: MAX_REPLICAS + 1 }])) ?? '', /^steps\[1\]\.scale: 10001 replicas/);
    assert.match(findLimitProblem(input, script([{ kind: 'apply', patch: { spec: { replicas: 20_000 } } }])) ?? '', /^steps\[0\]\.apply\.spec\.replicas: 20000 replicas/);
    assert.equal(findLimitProblem(input, script([APPLY, { kind: 'scale', replicas: MAX_REPLICAS }])), undefined);
  });

  it('refuses waits, at and durations over a day, from the panel as from a script', () => {
    const input = { manifest: webManifest(), service: NGINX };
    assert.match(findLimitProblem(input, script([APPLY, { kind: 'wait', seconds: 1e12 }])) ?? '', /^steps\[1\]\.wait: 1000000000000 seconds is longer/);
    assert.match(findLimitProblem(input, script([APPLY, { kind: 'scale', replicas: 1, at: 1e9 }])) ?? '', /^steps\[1\]\.at: 1000000000 seconds/);
    assert.match(findLimitProblem(input, { environment: { ...DEFAULT_ENVIRONMENT, readySeconds: 1e7 }, steps: [APPLY] }) ?? '', /^environment\.readySeconds: 10000000 seconds/);
  });

  it('planRollout returns the error for a billion replicas at once, instead of planning on the extension host', () => {
    const started = Date.now();
    const plan = planRollout({ manifest: webManifest({ spec: { replicas: 1_000_000_000 } }), service: NGINX }, script([APPLY]));
    assert.ok(Date.now() - started < 1000, 'no work: the plan took 39 s before');
    assert.deepEqual(plan, { error: 'spec.replicas: 1000000000 replicas is more than the simulator models (at most 10000); try a smaller number: the controller behaves the same at any size' });
  });

  it('simulate itself refuses input beyond the limits before any work, for callers that did not check', () => {
    assert.throws(() => run([{ apply: { spec: { replicas: 1_000_000_000 } } }]), { name: 'RangeError', message: /^steps\[0\]\.apply\.spec\.replicas: 1000000000 replicas/ });
  });

  it('parseScript refuses an absurd wait, at or duration with a message naming the step', () => {
    const errorOf = (text: string) => {
      const result = parseScript(text);
      return 'error' in result ? result.error : undefined;
    };
    assert.equal(errorOf('steps:\n- apply: {}\n- wait: 1e12\n'), 'steps[1].wait: 1000000000000 seconds is longer than the simulator allows (at most 86400, one day)');
    assert.equal(errorOf('steps:\n- scale: 3\n  at: 100000\n'), 'steps[0].at: 100000 seconds is longer than the simulator allows (at most 86400, one day)');
    assert.equal(errorOf('environment: {terminationSeconds: 86401}\n'), 'environment.terminationSeconds: 86401 seconds is longer than the simulator allows (at most 86400, one day)');
    assert.equal(errorOf('steps:\n- wait: 86400\n'), undefined);
  });

  it('says so when the simulated time passes its budget, instead of stopping silently', () => {
    const waits = Array.from({ length: 120 }, () => ({ wait: 86_400 }));
    const result = run([{ apply: {} }, ...waits, { scale: 3 }]);
    assert.equal(result.truncated, 'the simulated time passed 10000000 s');
    assert.ok(result.final.time <= 10_000_000, `stopped at ${result.final.time}`);
    assert.ok(!result.events.some((e) => e.type === 'Settled'), 'a truncated run does not claim to have settled');
  });
});
