// Pods and claims keep the hidden class they were created with (World.addPod,
// createPersistentVolumeClaim): a field added later gives an object another one, and the code that
// reads pods then sees several (slower property access, a property store per object). Checked with
// V8's own %HaveSameMap, so the test says what the engine sees, not what the source suggests.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { simulate } from '../../../src/core/simulate/simulate';
import type { World } from '../../../src/core/simulate/world';
import { clusterInput, nodes } from './cluster';

setFlagsFromString('--allow-natives-syntax');
// Compiled after the flag is set: the only way to reach a V8 intrinsic.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

interface Seen {
  /** Pod and claim observations (after each event, every one the world holds). */
  pods: number;
  pvcs: number;
  /** Observations whose object's hidden class differs from that of the first pod (claim) the world held then. */
  podsApart: number;
  pvcsApart: number;
  reasons: number;
  unschedulable: number;
}

/**
 * After every event, each pod and claim compared with the world's first one of its kind at that
 * moment (the objects change, so they are compared while they are as the event left them). Pods
 * created, scheduled, failing and crashing at different times are side by side.
 */
function objectsThroughARun(): Seen {
  const seen: Seen = { pods: 0, pvcs: 0, podsApart: 0, pvcsApart: 0, reasons: 0, unschedulable: 0 };
  // Two nodes for three pods: web-2 cannot be scheduled (unschedulable, reason) until web-1's node
  // frees up; a readiness failure and a crash loop set reasons on running pods.
  const { input, script } = clusterInput(nodes(2, [], { pods: 1 }), [
    { apply: { spec: { replicas: 3, podManagementPolicy: 'Parallel' } } },
    { failReadiness: 'web-0' },
    { scale: 1 },
    { setImage: { image: 'nginx:bad', outcome: 'crashLoop' } },
    { wait: 30 },
  ]);
  simulate(input, script, {
    observe: (world: World) => {
      const pods = [...world.pods.values()];
      const pvcs = [...world.pvcs.values()];
      seen.pods += pods.length;
      seen.pvcs += pvcs.length;
      seen.podsApart += pods.filter((pod) => !haveSameMap(pod, pods[0])).length;
      seen.pvcsApart += pvcs.filter((pvc) => !haveSameMap(pvc, pvcs[0])).length;
      seen.reasons += pods.filter((pod) => pod.reason !== undefined).length;
      seen.unschedulable += pods.filter((pod) => pod.unschedulable !== undefined).length;
    },
  });
  return seen;
}

describe('the simulator\'s objects (hidden classes)', () => {
  const seen = objectsThroughARun();

  it('runs a script that sets the optional fields of pods, so the check below can fail', () => {
    assert.ok(seen.reasons > 0, 'some pod had a reason');
    assert.ok(seen.unschedulable > 0, 'some pod could not be scheduled');
    assert.ok(seen.pvcs > 0);
  });

  it('keeps every pod in one hidden class with the others, whatever changed on each', () => {
    assert.equal(seen.podsApart, 0, `${seen.podsApart} of ${seen.pods} pod observations`);
  });

  it('keeps every claim in one hidden class with the others, bound or not', () => {
    assert.equal(seen.pvcsApart, 0, `${seen.pvcsApart} of ${seen.pvcs} claim observations`);
  });
});
