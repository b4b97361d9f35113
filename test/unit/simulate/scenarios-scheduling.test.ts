// Scenario tests for the scheduler and volume binding on the nodes of `environment.nodes`
// (docs/controller-model.md §12 and §13): exact traces, since the order and the scheduler's wording
// (schedule_one.go FitError: reasons counted and sorted) are the point. Every run is checked
// against the controller's and the cluster's invariants after every event (cluster.ts).
import * as assert from 'node:assert/strict';
import { clusterTrace, nodes, runOn } from './cluster';
import { run, webManifest } from './scenario';

const ANTI_AFFINITY = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'nginx' } }, topologyKey: 'kubernetes.io/hostname' }] } };
const ZONE_SPREAD = [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'nginx' } } }];
const WAIT_FOR_FIRST_CONSUMER = { storageClass: { name: 'zonal', volumeBindingMode: 'WaitForFirstConsumer' } };
// webManifest's container with a cpu request (a merge patch replaces the list whole: keep its readinessProbe).
const CPU_600M = { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.24', readinessProbe: { httpGet: { path: '/', port: 80 } }, resources: { requests: { cpu: '600m' } } }] } } };

describe('simulator scenarios: the scheduler and volume binding', () => {
  it('keeps a pod Pending on a cordoned cluster with the FitError wording, and schedules it once a node is uncordoned (nodeunschedulable, interpodaffinity)', () => {
    const manifest = webManifest({ spec: { replicas: 3, template: { spec: { affinity: ANTI_AFFINITY } } } });
    const result = runOn(nodes(3), [{ apply: {} }, { cordonNode: 'node-c', at: 0 }, { uncordonNode: 'node-c', at: 20 }], { manifest });
    assert.deepEqual(clusterTrace(result, 6), [
      '6 PodReady web-1',
      '6 PVCBound www-web-2',
      '6 PodCreated web-2',
      "6 FailedScheduling web-2: 0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't match pod anti-affinity rules.",
      '20 StepStarted uncordonNode',
      '20 PodScheduled web-2 node-c',
      '23 PodReady web-2',
    ]);
    assert.deepEqual(result.final.pods.map((p) => p.node), ['node-a', 'node-b', 'node-c']);
    assert.deepEqual(result.final.nodes.map((n) => [n.name, n.pods, n.cordoned]), [['node-a', ['web-0'], false], ['node-b', ['web-1'], false], ['node-c', ['web-2'], false]]);
    const scheduled = result.events.find((e) => e.type === 'PodScheduled');
    assert.equal(scheduled?.message, 'Successfully assigned default/web-0 to node-a');
  });

  it('counts every resource a node lacks, and one unschedulable pod holds the next ordinal under OrderedReady (noderesources fitsRequest)', () => {
    const cluster = [{ name: 'node-a', capacity: { pods: 1 } }, { name: 'node-b', capacity: { cpu: 1 } }];
    const result = runOn(cluster, [{ apply: {} }], { manifest: webManifest({ spec: { replicas: 4, ...CPU_600M } }) });
    const failed = '0/2 nodes are available: 1 Insufficient cpu, 1 Too many pods.';
    assert.deepEqual(clusterTrace(result, 6), [
      '6 PodReady web-1',
      '6 PVCBound www-web-2',
      '6 PodCreated web-2',
      `6 FailedScheduling web-2: ${failed}`,
      `6 Blocked web: web-3 waits for web-2 to be Running and Ready (web-2: ${failed})`,
    ]);
    // LeastAllocated: node-b has cpu to spare for web-0; node-a's unlimited cpu scores nothing.
    assert.deepEqual(result.final.pods.map((p) => [p.name, p.node, p.status]), [['web-0', 'node-b', 'Running'], ['web-1', 'node-a', 'Running'], ['web-2', null, 'Pending']]);
    assert.equal(result.events.filter((e) => e.type === 'FailedScheduling').length, 1, 'once per distinct message, not at every retry');
  });

  it("says which nodes miss a nodeSelector's labels (nodeaffinity)", () => {
    const manifest = webManifest({ spec: { template: { spec: { nodeSelector: { disktype: 'ssd' } } } } });
    const result = runOn([{ name: 'node-a', labels: { disktype: 'hdd' } }, { name: 'node-b', labels: { disktype: 'ssd' } }, { name: 'node-c' }], [{ apply: {} }], { manifest });
    assert.deepEqual(result.final.pods.map((p) => p.node), ['node-b', 'node-b']);
    const strict = webManifest({ spec: { template: { spec: { nodeSelector: { disktype: 'nvme' } } } } });
    const failed = runOn(nodes(2), [{ apply: {} }], { manifest: strict }).events.find((e) => e.type === 'FailedScheduling');
    assert.equal(failed?.message, "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector.");
  });

  it('spreads over zones with DoNotSchedule: skew, a node without the zone label, and a cordoned node each give their reason (podtopologyspread Filter)', () => {
    const manifest = webManifest({ spec: { replicas: 3, template: { spec: { topologySpreadConstraints: ZONE_SPREAD } } } });
    const cluster = [{ name: 'node-a', zone: 'a' }, { name: 'node-b', zone: 'b' }, { name: 'node-c' }];
    const result = runOn(cluster, [{ apply: {} }, { cordonNode: 'node-b', at: 0 }], { environment: WAIT_FOR_FIRST_CONSUMER, manifest });
    assert.deepEqual(clusterTrace(result, 3), [
      '3 PodReady web-0',
      '3 PVCPending www-web-1',
      '3 PodCreated web-1',
      "3 FailedScheduling web-1: 0/3 nodes are available: 1 node(s) didn't match pod topology spread constraints, 1 node(s) didn't match pod topology spread constraints (missing required label), 1 node(s) were unschedulable.",
      "3 Blocked web: web-2 waits for web-1 to be Running and Ready (web-1: 0/3 nodes are available: 1 node(s) didn't match pod topology spread constraints, 1 node(s) didn't match pod topology spread constraints (missing required label), 1 node(s) were unschedulable.)",
    ]);
    const balanced = runOn(nodes(3, ['a', 'b']), [{ apply: { spec: { replicas: 4 } } }], { environment: WAIT_FOR_FIRST_CONSUMER, manifest });
    assert.deepEqual(balanced.final.pods.map((p) => p.node), ['node-a', 'node-b', 'node-c', 'node-b'], 'zones a, b, a, b');
  });

  it('binds a WaitForFirstConsumer claim in the zone of its first pod, and pins the recreated pod to that zone (volumebinding PreBind, volume node affinity)', () => {
    const steps = [{ apply: {} }, { cordonNode: 'node-a' }, { deletePod: 'web-0' }, { uncordonNode: 'node-a', at: 30 }];
    const result = runOn(nodes(2, ['a', 'b']), steps, { environment: WAIT_FOR_FIRST_CONSUMER });
    const trace = clusterTrace(result);
    assert.deepEqual(trace.slice(0, 6), ['0 StepStarted apply', '0 PVCPending www-web-0', '0 PodCreated web-0', '0 PVCBound www-web-0', '0 PVCZoneBound www-web-0 a', '0 PodScheduled web-0 node-a']);
    assert.deepEqual(clusterTrace(result, 6).slice(1), [
      '6 StepStarted cordonNode',
      '6 StepStarted deletePod',
      '6 PodTerminating web-0 (User)',
      '6 Blocked web: web-0 is terminating: the controller waits for it to be gone before recreating it',
      '7 PodDeleted web-0',
      '7 PodCreated web-0',
      '7 FailedScheduling web-0: 0/2 nodes are available: 1 node(s) had volume node affinity conflict, 1 node(s) were unschedulable.',
      '30 StepStarted uncordonNode',
      '30 PodScheduled web-0 node-a',
      '33 PodReady web-0',
    ]);
    assert.deepEqual(result.final.pvcs.map((c) => [c.name, c.zone]), [['www-web-0', 'a'], ['www-web-1', 'b']]);
    const pending = result.events.find((e) => e.type === 'PVCPending');
    assert.deepEqual([pending?.reason, pending?.message], ['WaitForFirstConsumer', 'waiting for first consumer to be created before binding']);
  });

  it('binds Immediate claims at creation, in the zones in turn, before their pods exist', () => {
    const result = runOn(nodes(2, ['a', 'b']), [{ apply: { spec: { replicas: 3 } } }]);
    assert.deepEqual(clusterTrace(result).filter((line) => /PVC|PodCreated/.test(line)), [
      '0 PVCBound www-web-0', '0 PVCZoneBound www-web-0 a', '0 PodCreated web-0',
      '3 PVCBound www-web-1', '3 PVCZoneBound www-web-1 b', '3 PodCreated web-1',
      '6 PVCBound www-web-2', '6 PVCZoneBound www-web-2 a', '6 PodCreated web-2',
    ]);
    const zoned = result.events.find((e) => e.type === 'PVCZoneBound');
    assert.equal(zoned?.message, 'volume pv-www-web-0 lives in zone a: every pod that mounts www-web-0 can only run on a node in a');
  });

  it('says what a deleted claim does to its volume: Delete loses the data, Retain keeps it', () => {
    const steps = [{ apply: { spec: { replicas: 2, persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete' } } } }, { scale: 1 }];
    const deleted = (reclaimPolicy: string) =>
      runOn([], steps, { environment: { storageClass: { name: 'fast', reclaimPolicy } } }).events.find((e) => e.type === 'PVCDeleted')?.message;
    assert.equal(deleted('Delete'), 'owned by Pod web-1 (persistentVolumeClaimRetentionPolicy.whenScaled: Delete); its volume pv-www-web-1 and the data on it are deleted (reclaimPolicy: Delete)');
    assert.equal(
      deleted('Retain'),
      'owned by Pod web-1 (persistentVolumeClaimRetentionPolicy.whenScaled: Delete); its volume pv-www-web-1 keeps its data (reclaimPolicy: Retain): it is Released, and a new claim does not bind to it by itself',
    );
  });

  it('binds a WaitForFirstConsumer claim when its pod starts on the implicit node, with no scheduling events', () => {
    const result = runOn([], [{ apply: {} }], { environment: WAIT_FOR_FIRST_CONSUMER });
    assert.deepEqual(clusterTrace(result).slice(0, 5), ['0 StepStarted apply', '0 PVCPending www-web-0', '0 PodCreated web-0', '0 PVCBound www-web-0', '0 Blocked web: web-1 waits for web-0 to be Running and Ready']);
    assert.deepEqual(result.final.pods.map((p) => [p.node, p.ready]), [[null, true], [null, true]]);
  });

  it('emits none of the cluster events without nodes, and adds only node: null, zone: null and empty nodes and budgets to the state', () => {
    const result = run([{ apply: { spec: { replicas: 3 } } }, { setImage: { image: 'nginx:1.25' } }, { deletePod: 'web-1' }, { scale: 1 }]);
    const cluster = ['PodScheduled', 'FailedScheduling', 'NodeNotReady', 'NodeReady', 'EvictionRefused', 'PodEvicted', 'PVCZoneBound'];
    assert.deepEqual(result.events.filter((e) => cluster.includes(e.type)), []);
    assert.ok(result.events.every((e) => e.node === undefined && e.zone === undefined));
    assert.deepEqual([result.final.pods.map((p) => p.node), result.final.pvcs.map((c) => c.zone)], [[null], [null, null, null]]);
    assert.deepEqual([result.final.nodes, result.final.budgets], [[], []]);
  });
});
