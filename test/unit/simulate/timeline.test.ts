import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { planRollout } from '../../../src/core/simulate/planRollout';
import { lookUp, Timeline } from '../../../src/core/simulate/timeline';
import { DEFAULT_ENVIRONMENT } from '../../../src/core/simulate/types';
import { NGINX, run, toEngineSteps, webManifest, type ScriptStep } from './scenario';

const step = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((n): ScriptStep => ({ scale: n })),
  fc.constantFrom<ScriptStep>(
    { setImage: { image: 'nginx:2' } },
    { setImage: { image: 'nginx:bad', outcome: 'imagePullError' } },
    { setImage: { image: 'nginx:1.24' } },
    { deletePod: 'web-0' },
    { deletePod: 'web-2' },
    { failPod: 'web-1' },
    { failReadiness: 'web-0' },
    { restoreReadiness: 'web-0' },
    { wait: 3 },
  ),
);

describe('Timeline (what the panel replays)', () => {
  it('rebuilds exactly the engine’s pods, claims and status after every event, for any script', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), fc.boolean(), (steps, parallel) => {
        const manifest = webManifest({ spec: { replicas: 3, podManagementPolicy: parallel ? 'Parallel' : 'OrderedReady' } });
        const all: ScriptStep[] = [{ apply: {} }, ...steps];
        const expected = run(all, { manifest, recordStates: true });
        const timeline = new Timeline(planRollout({ manifest, service: NGINX }, { environment: DEFAULT_ENVIRONMENT, steps: toEngineSteps(all) }));
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
    const plan = planRollout({ manifest: webManifest(), service: NGINX }, { environment: DEFAULT_ENVIRONMENT, steps: [{ kind: 'apply', patch: {} }] });
    const timeline = new Timeline(plan);
    const end = timeline.at(timeline.length - 1);
    assert.deepEqual(lookUp(end, plan, 'web-0.nginx'), { name: 'web-0.nginx.default.svc.cluster.local', addresses: ['10.244.0.2'] });
    assert.deepEqual(lookUp(end, plan, 'nginx.default'), { name: 'nginx.default.svc.cluster.local', addresses: ['10.244.0.2', '10.244.0.3'] });
    const early = timeline.at(plan.frames.findIndex((f) => f.event.type === 'PodRunning'));
    assert.deepEqual(lookUp(early, plan, 'web-0.nginx'), { error: "** server can't find web-0.nginx: NXDOMAIN (web-0 is not Ready)" });
  });
});
