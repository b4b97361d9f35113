// Scenario tests for what a pod template asks of the scheduler beyond the required filters
// (docs/controller-model.md §16): tolerations (TaintToleration, NodeUnschedulable, the taint
// eviction controller's tolerationSeconds), required node affinity with Gt, Lt and DoesNotExist
// (NodeAffinity Filter), and preferred node affinity and pod (anti-)affinity as scores that change
// which feasible node wins (NodeAffinity and InterPodAffinity Score). Exact traces where the order
// is the point; every run is checked against the invariants after every event (cluster.ts).
import * as assert from 'node:assert/strict';
import { clusterTrace, nodes, runOn } from './cluster';
import { webManifest } from './scenario';

const withPodSpec = (podSpec: Record<string, unknown>, replicas = 2) => webManifest({ spec: { replicas, template: { spec: podSpec } } });
const UNREACHABLE = 'node.kubernetes.io/unreachable';

const cores = (values: string[]) => values.map((value, i) => ({ name: `node-${String.fromCharCode(97 + i)}`, labels: { cores: value } }));

describe('simulator scenarios: tolerations (TaintToleration, NodeUnschedulable, tainteviction)', () => {
  it('marks a pod for deletion after its own tolerationSeconds of node.kubernetes.io/unreachable, 30 s instead of the default 300 (getMinTolerationTime)', () => {
    const manifest = withPodSpec({ tolerations: [{ key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }] });
    const result = runOn(nodes(2), [{ apply: {} }, { failNode: 'node-b' }, { wait: 400 }], { manifest });
    assert.deepEqual(clusterTrace(result, 6).slice(1), [
      '6 StepStarted failNode',
      '6 NodeNotReady node-b',
      '6 PodNotReady web-1 (NodeNotReady)',
      '36 PodTerminating web-1 (TaintManagerEviction)',
      '36 Blocked web: web-1 is terminating: the controller waits for it to be gone before recreating it',
      '36 StepStarted wait',
    ]);
    assert.match(result.events.find((e) => e.type === 'PodTerminating')?.message ?? '', /has been unreachable for 30 s \(tolerationSeconds\)/);
  });

  it('never evicts a pod that tolerates the unreachable taint without tolerationSeconds, and an empty key with Exists tolerates every taint', () => {
    for (const toleration of [{ key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute' }, { operator: 'Exists' }]) {
      const result = runOn(nodes(2), [{ apply: {} }, { failNode: 'node-b' }, { wait: 1000 }], { manifest: withPodSpec({ tolerations: [toleration] }) });
      assert.deepEqual(clusterTrace(result, 6).slice(1), ['6 StepStarted failNode', '6 NodeNotReady node-b', '6 PodNotReady web-1 (NodeNotReady)', '6 StepStarted wait']);
      assert.equal(result.final.pods.find((p) => p.name === 'web-1')?.terminating, false);
    }
  });

  it('keeps the default 300 s for a pod whose toleration is for another taint or effect (DefaultTolerationSeconds adds its own)', () => {
    const manifest = withPodSpec({ tolerations: [{ key: UNREACHABLE, operator: 'Exists', effect: 'NoSchedule' }, { key: 'dedicated', operator: 'Equal', value: 'db' }] });
    const result = runOn(nodes(2), [{ apply: {} }, { failNode: 'node-b' }, { wait: 400 }], { manifest });
    assert.deepEqual(clusterTrace(result, 300).slice(0, 1), ['306 PodTerminating web-1 (TaintManagerEviction)']);
  });

  it('schedules onto a cordoned node only a pod that tolerates node.kubernetes.io/unschedulable:NoSchedule (nodeunschedulable)', () => {
    const tolerant = withPodSpec({ tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] }, 1);
    const steps = [{ apply: {} }, { cordonNode: 'node-a' }, { scale: 2 }];
    const created = (manifest: Record<string, unknown>) => clusterTrace(runOn(nodes(1), steps, { manifest })).filter((line) => / web-1/.test(line)).slice(0, 2);
    assert.deepEqual(created(tolerant), ['3 PodCreated web-1', '3 PodScheduled web-1 node-a']);
    assert.deepEqual(created(webManifest({ spec: { replicas: 1 } })), ['3 PodCreated web-1', '3 FailedScheduling web-1: 0/1 nodes are available: 1 node(s) were unschedulable.']);
  });

  it('lets a pod stay on an out-of-service node when its toleration matches the taint with Equal and the value nodeshutdown; another value evicts it (ToleratesTaint)', () => {
    const steps = [{ apply: {} }, { addOutOfServiceTaint: 'node-b', at: 10 }];
    const toleration = (value: string) => withPodSpec({ tolerations: [{ key: 'node.kubernetes.io/out-of-service', operator: 'Equal', value, effect: 'NoExecute' }] });
    const stays = runOn(nodes(2), steps, { manifest: toleration('nodeshutdown') });
    assert.deepEqual(clusterTrace(stays, 10), ['10 StepStarted addOutOfServiceTaint']);
    const evicted = runOn(nodes(2), steps, { manifest: toleration('other') });
    assert.deepEqual(clusterTrace(evicted, 10).slice(0, 3), ['10 StepStarted addOutOfServiceTaint', '10 PodTerminating web-1 (TaintManagerEviction)', '10 Blocked web: web-1 is terminating: the controller waits for it to be gone before recreating it']);
  });

  it("keeps a new pod off a NotReady node with the unreachable NoSchedule taint's wording, even when it tolerates the NoExecute one", () => {
    const manifest = withPodSpec({ tolerations: [{ key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute' }] }, 3);
    const result = runOn(nodes(2, [], { pods: 1 }), [{ apply: { spec: { replicas: 1 } } }, { failNode: 'node-b' }, { scale: 2 }], { manifest });
    const failed = result.events.find((e) => e.type === 'FailedScheduling');
    assert.equal(failed?.message, '0/2 nodes are available: 1 Too many pods, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }.');
  });
});

describe('simulator scenarios: node affinity (NodeAffinity Filter and Score)', () => {
  it('places pods by required matchExpressions with Gt and Lt on an integer label; a value that is no integer matches nothing', () => {
    const required = (expressions: unknown[]) => withPodSpec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: expressions }] } } } });
    const between = required([{ key: 'cores', operator: 'Gt', values: ['8'] }, { key: 'cores', operator: 'Lt', values: ['32'] }]);
    const result = runOn(cores(['8', '16', '32', 'many']), [{ apply: {} }], { manifest: between });
    assert.deepEqual(result.final.pods.map((p) => p.node), ['node-b', 'node-b']);
    const failed = runOn(cores(['8', 'many']), [{ apply: {} }], { manifest: required([{ key: 'cores', operator: 'Gt', values: ['8'] }]) }).events.find((e) => e.type === 'FailedScheduling');
    assert.equal(failed?.message, "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector.");
  });

  it('keeps pods off nodes that carry a label with DoesNotExist', () => {
    const manifest = withPodSpec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'DoesNotExist' }] }] } } } }, 3);
    const result = runOn([{ name: 'node-a', labels: { gpu: 'a100' } }, { name: 'node-b' }, { name: 'node-c' }], [{ apply: {} }], { manifest });
    assert.deepEqual(result.final.pods.map((p) => p.node), ['node-b', 'node-c', 'node-b']);
  });

  it('sends every pod to the node a preferred term matches, where without it they spread by count (NodeAffinity Score, weight 2)', () => {
    const cluster = [{ name: 'node-a' }, { name: 'node-b' }, { name: 'node-c', labels: { disktype: 'ssd' } }];
    const preferred = [{ weight: 50, preference: { matchExpressions: [{ key: 'disktype', operator: 'In', values: ['ssd'] }] } }];
    const manifest = withPodSpec({ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: preferred } } }, 3);
    assert.deepEqual(clusterTrace(runOn(cluster, [{ apply: {} }], { manifest })).filter((line) => line.includes('PodScheduled')), [
      '0 PodScheduled web-0 node-c',
      '3 PodScheduled web-1 node-c',
      '6 PodScheduled web-2 node-c',
    ]);
    const plain = runOn(cluster, [{ apply: { spec: { replicas: 3 } } }]);
    assert.deepEqual(plain.final.pods.map((p) => p.node), ['node-a', 'node-b', 'node-c']);
  });
});

describe('simulator scenarios: preferred pod affinity and anti-affinity (InterPodAffinity Score)', () => {
  const ZONES = [{ name: 'node-a', zone: 'x' }, { name: 'node-b', zone: 'x' }, { name: 'node-c', zone: 'y' }, { name: 'node-d', zone: 'y' }];
  // WaitForFirstConsumer: volumes take the zone of their pod's node, so only the scores decide.
  const environment = { storageClass: { name: 'zonal', volumeBindingMode: 'WaitForFirstConsumer' } };
  const term = (weight: number) => [{ weight, podAffinityTerm: { labelSelector: { matchLabels: { app: 'nginx' } }, topologyKey: 'topology.kubernetes.io/zone' } }];

  it('spreads pods over zones before nodes with a preferred zone anti-affinity: a, c, b, d instead of a, b, c, d', () => {
    const manifest = withPodSpec({ affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: term(100) } } }, 4);
    assert.deepEqual(runOn(ZONES, [{ apply: {} }], { manifest, environment }).final.pods.map((p) => p.node), ['node-a', 'node-c', 'node-b', 'node-d']);
    assert.deepEqual(runOn(ZONES, [{ apply: { spec: { replicas: 4 } } }], { environment }).final.pods.map((p) => p.node), ['node-a', 'node-b', 'node-c', 'node-d']);
  });

  it('keeps pods in the zone of the first with a preferred zone affinity, spreading by count inside it', () => {
    const manifest = withPodSpec({ affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: term(100) } } }, 4);
    assert.deepEqual(runOn(ZONES, [{ apply: {} }], { manifest, environment }).final.pods.map((p) => p.node), ['node-a', 'node-b', 'node-a', 'node-b']);
  });

  it('ignores a preferred term whose selector does not select the set, or whose weight is 0', () => {
    const other = [{ weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { app: 'other' } }, topologyKey: 'topology.kubernetes.io/zone' } }];
    for (const terms of [other, term(0)]) {
      const manifest = withPodSpec({ affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: terms } } }, 4);
      assert.deepEqual(runOn(ZONES, [{ apply: {} }], { manifest, environment }).final.pods.map((p) => p.node), ['node-a', 'node-b', 'node-c', 'node-d']);
    }
  });
});
