import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { planRollout, type RolloutPlan } from '../../../src/core/simulate/planRollout';
import { lookUp, Timeline } from '../../../src/core/simulate/timeline';
import { DEFAULT_ENVIRONMENT } from '../../../src/core/simulate/types';
import { scenario } from './arbitraries';
import { NGINX, run, toEngineSteps, webManifest } from './scenario';

function planOf(plan: RolloutPlan | { readonly error: string }): RolloutPlan {
  assert.ok(!('error' in plan), 'error' in plan ? plan.error : '');
  return plan;
}

describe('Timeline (what the panel replays)', () => {
  it('rebuilds exactly the engine’s pods, claims and status after every event, for any script', () => {
    fc.assert(
      fc.property(scenario, ({ steps, manifest }) => {
        const expected = run(steps, { manifest, recordStates: true });
        const timeline = new Timeline(planOf(planRollout({ manifest, service: NGINX }, { environment: DEFAULT_ENVIRONMENT, steps: toEngineSteps(steps) })));
        assert.equal(timeline.length, expected.events.length);
        for (let i = 0; i < timeline.length; i++) {
          const view = timeline.at(i);
          const state = expected.states[i];
          assert.deepEqual([...view.pods.values()].sort((a, b) => a.ordinal - b.ordinal), state.pods, `pods after event ${i}`);
          assert.deepEqual([...view.pvcs.values()].sort((a, b) => a.name.localeCompare(b.name)), [...state.pvcs].sort((a, b) => a.name.localeCompare(b.name)));
          assert.deepEqual(view.status, state.status);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers nslookup for a pod name, the Service name, and a pod that is not Ready', () => {
    const plan = planOf(planRollout({ manifest: webManifest(), service: NGINX }, { environment: DEFAULT_ENVIRONMENT, steps: [{ kind: 'apply', patch: {} }] }));
    const timeline = new Timeline(plan);
    const end = timeline.at(timeline.length - 1);
    assert.deepEqual(lookUp(end, plan, 'web-0.nginx'), { name: 'web-0.nginx.default.svc.cluster.local', addresses: ['10.244.0.2'] });
    assert.deepEqual(lookUp(end, plan, 'nginx.default'), { name: 'nginx.default.svc.cluster.local', addresses: ['10.244.0.2', '10.244.0.3'] });
    const early = timeline.at(plan.frames.findIndex((f) => f.event.type === 'PodRunning'));
    assert.deepEqual(lookUp(early, plan, 'web-0.nginx'), { error: "** server can't find web-0.nginx: NXDOMAIN (web-0 is not Ready)" });
  });
});
