import * as assert from 'node:assert/strict';
import { planRollout, type ClusterFrame, type RolloutPlan } from '../../../src/core/simulate/planRollout';
import { snapshot } from '../../../src/core/simulate/snapshot';
import { simulate } from '../../../src/core/simulate/simulate';
import type { SimInput } from '../../../src/core/simulate/input';
import type { Script } from '../../../src/core/simulate/types';
import { clusterInput, nodes, type ClusterOptions } from './cluster';
import type { ScriptStep } from './scenario';

/**
 * The frames' cluster as planRollout built it before it read the cluster's own per-node states: a
 * full snapshot after every event, sent whenever its nodes and budgets differ from the last sent.
 */
function clusterFramesFromSnapshots(input: SimInput, script: Script): (ClusterFrame | undefined)[] {
  const frames: (ClusterFrame | undefined)[] = [];
  let last = JSON.stringify({ nodes: [], budgets: [] });
  simulate(input, script, {
    observe: (world) => {
      if (world.env.nodes.length === 0) return void frames.push(undefined);
      const { nodes: states, budgets } = snapshot(world);
      const key = JSON.stringify({ nodes: states, budgets });
      frames.push(key === last ? undefined : { nodes: states, budgets });
      last = key;
    },
  });
  return frames;
}

function planOf(input: SimInput, script: Script): RolloutPlan {
  const plan = planRollout(input, script);
  assert.ok(!('error' in plan), 'error' in plan ? plan.error : '');
  return plan;
}

const ZONAL = { storageClass: { name: 'zonal', volumeBindingMode: 'WaitForFirstConsumer' } };
const CASES: [string, unknown[], ScriptStep[], ClusterOptions][] = [
  ['a drain held by a budget, on zoned nodes', nodes(2, ['a', 'b']), [{ apply: { spec: { replicas: 3 } } }, { drainNode: 'node-a' }], { budgets: [{ name: 'pdb', minAvailable: 2 }], environment: ZONAL }],
  ['a failed node, a force delete and its return', nodes(2), [{ apply: {} }, { failNode: 'node-b' }, { forceDeletePod: 'web-1' }, { restoreNode: 'node-b' }], {}],
  ['the out-of-service taint on a full node', nodes(1, [], { pods: 1 }), [{ apply: {} }, { failNode: 'node-a', at: 8 }, { addOutOfServiceTaint: 'node-a', at: 20 }], {}],
  ['cordon twice, uncordon, a rolling update and a scale-down', nodes(3), [{ apply: {} }, { cordonNode: 'node-c', at: 0 }, { cordonNode: 'node-c' }, { uncordonNode: 'node-c', at: 20 }, { setImage: { image: 'nginx:1.25' } }, { scale: 1 }], { budgets: [{ name: 'pdb', maxUnavailable: 1 }] }],
];

describe('planRollout frames from the cluster model (issue #11)', () => {
  for (const [name, cluster, steps, options] of CASES) {
    it(`sends the same nodes and budgets as a full snapshot per event would: ${name}`, () => {
      const { input, script } = clusterInput(cluster, steps, options);
      const expected = clusterFramesFromSnapshots(input, script);
      const actual = planOf(input, script).frames.map((frame) => frame.cluster);
      assert.ok(expected.filter((frame) => frame !== undefined).length >= 3, 'the script changes the cluster several times');
      assert.equal(actual.length, expected.length);
      for (let i = 0; i < expected.length; i++) assert.deepEqual(actual[i], expected[i], `the cluster after event ${i}`);
    });
  }

  it('sends no cluster at all for a script without nodes, as before nodes existed', () => {
    const { input, script } = clusterInput([], [{ apply: {} }, { setImage: { image: 'nginx:1.25' } }, { scale: 1 }]);
    const plan = planOf(input, script);
    assert.ok(plan.frames.length > 20);
    assert.deepEqual(plan.frames.map((frame) => frame.cluster), clusterFramesFromSnapshots(input, script));
    assert.ok(plan.frames.every((frame) => !('cluster' in frame)));
  });

  it('rebuilds only the nodes that changed: a node nothing happened to keeps the same state object from frame to frame', () => {
    const { input, script } = clusterInput(nodes(3), [{ apply: { spec: { replicas: 2 } } }]);
    const sent = planOf(input, script).frames.flatMap((frame) => (frame.cluster ? [frame.cluster.nodes] : []));
    const idle = sent.map((states) => states.find((state) => state.name === 'node-c'));
    assert.ok(sent.length >= 2);
    assert.deepEqual(idle[0], { name: 'node-c', zone: null, ready: true, cordoned: false, outOfService: false, pods: [] });
    assert.ok(idle.every((state) => state === idle[0]));
  });
});
