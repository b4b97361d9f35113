// Scenario tests for node failure and drains (docs/controller-model.md §14 and §15): exact traces,
// since the order is the point (no replacement while the old pod object exists; a drain that waits
// for a budget). Every run is checked against the controller's and the cluster's invariants after
// every event (cluster.ts).
import * as assert from 'node:assert/strict';
import { setLocale } from '../../../src/core/l10n/messages';
import { ScriptError } from '../../../src/core/simulate/nodeLifecycle';
import { planRollout } from '../../../src/core/simulate/planRollout';
import { Timeline } from '../../../src/core/simulate/timeline';
import { clusterInput, clusterTrace, nodes, runOn, type ClusterOptions } from './cluster';
import type { ScriptStep } from './scenario';

/** web-0 on node-a and web-1 on node-b, both Ready at 6 s. */
const TWO_NODES = nodes(2);

describe('simulator scenarios: node failure and drains', () => {
  it('keeps the pod of a failed node Terminating after tolerationSeconds, with no replacement until it is force-deleted (tainteviction, DefaultTolerationSeconds)', () => {
    const result = runOn(TWO_NODES, [{ apply: {} }, { failNode: 'node-b' }, { forceDeletePod: 'web-1' }]);
    assert.deepEqual(clusterTrace(result, 6).slice(1), [
      '6 StepStarted failNode',
      '6 NodeNotReady node-b',
      '6 PodNotReady web-1 (NodeNotReady)',
      '306 PodTerminating web-1 (TaintManagerEviction)',
      '306 Blocked web: web-1 is terminating: the controller waits for it to be gone before recreating it',
      '306 StepStarted forceDeletePod',
      '306 PodDeleted web-1 (ForceDeleted)',
      '306 PodCreated web-1',
      '306 PodScheduled web-1 node-a',
      '309 PodReady web-1',
    ]);
    const deleted = result.events.find((e) => e.type === 'PodDeleted');
    assert.equal(
      deleted?.message,
      'web-1 force-deleted: the pod object is gone at once and the controller creates web-1 again, but node node-b is unreachable and the old process may still be running there, with the same identity and volume',
    );
    const marked = result.events.find((e) => e.type === 'PodTerminating');
    assert.match(marked?.message ?? '', /^Marking for deletion Pod default\/web-1: node node-b has been unreachable for 300 s/);
    assert.deepEqual(result.final.nodes.map((n) => [n.name, n.ready, n.pods]), [['node-a', true, ['web-0', 'web-1']], ['node-b', false, []]]);
  });

  it('force-deletes the pods of a NotReady node with the out-of-service taint, so replacements start elsewhere (podgc gcTerminating)', () => {
    const result = runOn(TWO_NODES, [{ apply: {} }, { failNode: 'node-b', at: 6 }, { addOutOfServiceTaint: 'node-b', at: 60 }]);
    assert.deepEqual(clusterTrace(result, 7), [
      '60 StepStarted addOutOfServiceTaint',
      '60 PodTerminating web-1 (TaintManagerEviction)',
      '60 PodDeleted web-1 (ForceDeleted)',
      '60 PodCreated web-1',
      '60 PodScheduled web-1 node-a',
      '63 PodReady web-1',
    ]);
    assert.match(result.events.find((e) => e.type === 'PodDeleted')?.message ?? '', /volumes are detached at once/);
    assert.deepEqual(result.final.nodes[1], { name: 'node-b', zone: null, ready: false, cordoned: false, outOfService: true, pods: [] });
  });

  it('lets a restored node finish deleting its Terminating pod, then the replacement may return to it (NodeReady)', () => {
    const result = runOn(TWO_NODES, [{ apply: {} }, { failNode: 'node-b' }, { restoreNode: 'node-b' }]);
    assert.deepEqual(clusterTrace(result, 306), [
      '306 PodTerminating web-1 (TaintManagerEviction)',
      '306 Blocked web: web-1 is terminating: the controller waits for it to be gone before recreating it',
      '306 StepStarted restoreNode',
      '306 NodeReady node-b',
      '307 PodDeleted web-1',
      '307 PodCreated web-1',
      '307 PodScheduled web-1 node-b',
      '310 PodReady web-1',
    ]);
  });

  it('brings a pod back to Ready when its node returns before tolerationSeconds, and evicts nothing later', () => {
    const result = runOn(TWO_NODES, [{ apply: {} }, { failNode: 'node-b', at: 6 }, { restoreNode: 'node-b', at: 100 }, { wait: 400 }]);
    assert.deepEqual(clusterTrace(result, 100), ['100 StepStarted restoreNode', '100 NodeReady node-b', '101 PodReady web-1', '101 StepStarted wait']);
    assert.deepEqual(result.final.pods.map((p) => [p.name, p.node, p.ready]), [['web-0', 'node-a', true], ['web-1', 'node-b', true]]);
  });

  it('refuses to force-delete a pod that is not terminating: bad input, not an event', () => {
    assert.throws(() => runOn(TWO_NODES, [{ apply: {} }, { forceDeletePod: 'web-1' }]), (error: Error) => {
      assert.ok(error instanceof ScriptError);
      assert.match(error.message, /^forceDeletePod web-1: the pod is not terminating right now/);
      return true;
    });
  });

  it('drains a node one pod at a time: a refused eviction waits until the evicted pod is Ready elsewhere (eviction.go checkAndDecrement, kubectl drain)', () => {
    const budgets = [{ name: 'web-pdb', minAvailable: 2 }];
    const result = runOn(TWO_NODES, [{ apply: { spec: { replicas: 3 } } }, { drainNode: 'node-a' }], { budgets });
    assert.deepEqual(clusterTrace(result, 9).slice(1), [
      '9 StepStarted drainNode',
      '9 PodEvicted web-0 node-a',
      '9 PodTerminating web-0 (Eviction)',
      "9 EvictionRefused web-2: Cannot evict pod as it would violate the pod's disruption budget.",
      '9 Blocked web: web-0 is terminating: the controller waits for it to be gone before recreating it',
      '10 PodDeleted web-0',
      '10 PodCreated web-0',
      '10 PodScheduled web-0 node-b',
      '13 PodReady web-0',
      '14 PodEvicted web-2 node-a',
      '14 PodTerminating web-2 (Eviction)',
      '14 Blocked web: web-2 is terminating: the controller waits for it to be gone before recreating it',
      '15 PodDeleted web-2',
      '15 PodCreated web-2',
      '15 PodScheduled web-2 node-b',
      '18 PodReady web-2',
    ]);
    assert.deepEqual(result.final.nodes.map((n) => [n.name, n.cordoned, n.pods]), [['node-a', true, []], ['node-b', false, ['web-0', 'web-1', 'web-2']]]);
    assert.deepEqual(result.final.budgets, [{ name: 'web-pdb', disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 }]);
  });

  it('says a drain would wait forever when its budget allows no eviction, and tries again after the next step (maxUnavailable: 0)', () => {
    const budgets = [{ name: 'web-pdb', maxUnavailable: 0 }];
    const result = runOn(TWO_NODES, [{ apply: { spec: { replicas: 3 } } }, { drainNode: 'node-a' }, { scale: 1 }], { budgets });
    const refused = "Cannot evict pod as it would violate the pod's disruption budget.";
    assert.deepEqual(clusterTrace(result, 9).filter((line) => /Evict|drain|StepStarted/.test(line)), [
      '9 StepStarted drainNode',
      `9 EvictionRefused web-0: ${refused}`,
      `9 EvictionRefused web-2: ${refused}`,
      '9 Blocked web: kubectl drain node-a would wait forever: the eviction of web-0, web-2 is refused and nothing left to happen can change that (the drain tries again after the next step)',
      '9 StepStarted scale',
      '14 Blocked web: kubectl drain node-a would wait forever: the eviction of web-0 is refused and nothing left to happen can change that (the drain tries again after the next step)',
    ]);
    assert.deepEqual(result.final.budgets, [{ name: 'web-pdb', disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1 }]);
  });

  it("lets the controller's own rolling update disrupt more pods than the budget allows, as upstream", () => {
    const budgets = [{ name: 'web-pdb', maxUnavailable: 0 }];
    const result = runOn(TWO_NODES, [{ apply: {} }, { setImage: { image: 'nginx:1.25' } }], { budgets });
    const controller = result.events.filter((e) => e.type === 'PodTerminating').map((e) => `${e.object} ${e.reason}`);
    assert.deepEqual(controller, ['web-1 Controller', 'web-0 Controller']);
  });

  it('evicts only after a cordon keeps the evicted pod from coming back to the same node; uncordon lets pods in again', () => {
    const result = runOn(nodes(1), [{ apply: { spec: { replicas: 1 } } }, { drainNode: 'node-a' }, { uncordonNode: 'node-a', at: 20 }]);
    assert.deepEqual(clusterTrace(result, 3).slice(1), [
      '3 StepStarted drainNode',
      '3 PodEvicted web-0 node-a',
      '3 PodTerminating web-0 (Eviction)',
      '3 Blocked web: web-0 is terminating: the controller waits for it to be gone before recreating it',
      '4 PodDeleted web-0',
      '4 PodCreated web-0',
      '4 FailedScheduling web-0: 0/1 nodes are available: 1 node(s) were unschedulable.',
      '20 StepStarted uncordonNode',
      '20 PodScheduled web-0 node-a',
      '23 PodReady web-0',
    ]);
  });
});

describe('the panel timeline on a cluster of nodes', () => {
  it("rebuilds the engine's pods (with their nodes) and claims (with their zones) after every event of the cluster scenarios", () => {
    const zonal = { storageClass: { name: 'zonal', volumeBindingMode: 'WaitForFirstConsumer' } };
    const cases: [unknown[], ScriptStep[], ClusterOptions][] = [
      [nodes(2, ['a', 'b']), [{ apply: { spec: { replicas: 3 } } }, { drainNode: 'node-a' }], { budgets: [{ name: 'pdb', minAvailable: 2 }], environment: zonal }],
      [nodes(2), [{ apply: {} }, { failNode: 'node-b' }, { forceDeletePod: 'web-1' }, { restoreNode: 'node-b' }], {}],
      [nodes(1, [], { pods: 1 }), [{ apply: {} }, { failNode: 'node-a', at: 8 }, { addOutOfServiceTaint: 'node-a', at: 20 }], {}],
    ];
    for (const [cluster, steps, options] of cases) {
      const expected = runOn(cluster, steps, { ...options, recordStates: true });
      const { input, script } = clusterInput(cluster, steps, options);
      const plan = planRollout(input, script);
      assert.ok(!('error' in plan));
      const timeline = new Timeline(plan);
      assert.equal(timeline.length, expected.events.length);
      for (let i = 0; i < timeline.length; i++) {
        const view = timeline.at(i);
        assert.deepEqual([...view.pods.values()].sort((a, b) => a.ordinal - b.ordinal), expected.states[i].pods, `pods after event ${i}`);
        assert.deepEqual([...view.pvcs.values()].sort((a, b) => a.name.localeCompare(b.name)), expected.states[i].pvcs, `claims after event ${i}`);
      }
    }
  });
});

describe('the cluster in Simplified Chinese', () => {
  afterEach(() => setLocale('en'));

  it("says in Chinese what a failed node does, and keeps Kubernetes' own words (the FitError, the eviction refusal) in English", () => {
    setLocale('zh-CN');
    const failed = runOn(TWO_NODES, [{ apply: {} }, { failNode: 'node-b' }]);
    const notReady = failed.events.find((e) => e.type === 'NodeNotReady')?.message ?? '';
    assert.match(notReady, /[\u4e00-\u9fff]/);
    assert.ok(notReady.includes('node-b') && notReady.includes('300'), notReady);
    const budgets = [{ name: 'web-pdb', maxUnavailable: 0 }];
    const refused = runOn(TWO_NODES, [{ apply: {} }, { drainNode: 'node-a' }], { budgets }).events.find((e) => e.type === 'EvictionRefused');
    assert.equal(refused?.message, "Cannot evict pod as it would violate the pod's disruption budget.");
    const pending = runOn(nodes(1, [], { pods: 1 }), [{ apply: {} }]).events.find((e) => e.type === 'FailedScheduling');
    assert.equal(pending?.message, '0/1 nodes are available: 1 Too many pods.');
  });
});
