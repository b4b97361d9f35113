// Scenario tests (failures, claims, deletion, storage and DNS) for each controller behaviour of
// docs/controller-model.md: exact traces where the order is the point (scale to 0
// before deletion, a pod Pending on its claim, DNS before Ready), targeted assertions elsewhere.
// Every run is also checked against the invariants after every event (invariants.ts). Traces hide
// StatusUpdated, PVCBound, DNS and PodAvailable events unless a test asks for them (see scenario.ts); the
// starts, rolling replacements and scale-downs the traces share are written once in traces.ts.
import * as assert from 'node:assert/strict';
import { run, trace } from './scenario';
import { orderedScaleDown, orderedStart } from './traces';

describe('simulator scenarios: failures, claims, deletion, storage and DNS', () => {
  it("deletes a Failed pod and recreates it with the same name and claim and a new IP (processReplica: isFailed)", () => {
    const result = run([{ apply: {} }, { failPod: 'web-0' }]);
    const about = (object: string) => result.events.filter((e) => e.object === object && e.type.startsWith('Pod')).map((e) => `${e.time} ${e.type}${e.reason ? ` (${e.reason})` : ''}`);
    assert.deepEqual(about('web-0').slice(4), ['6 PodFailed (Evicted)', '6 PodTerminating (Controller)', '7 PodDeleted', '7 PodCreated', '9 PodRunning', '10 PodReady', '10 PodAvailable']);
    const terminating = result.events.find((e) => e.type === 'PodTerminating')!;
    assert.equal(terminating.message, 'delete Pod web-0 in StatefulSet web successful (it failed; it will be recreated)');
    const waiting = result.events.filter((e) => e.type === 'Blocked' && e.time === 6).map((e) => e.message);
    assert.deepEqual(waiting, ['web-0 is terminating: the controller waits for it to be gone before recreating it']);
    const ips = result.events.filter((e) => e.type === 'PodRunning' && e.object === 'web-0').map((e) => e.ip);
    assert.equal(new Set(ips).size, 2, 'a new IP for the new incarnation');
    assert.deepEqual(result.final.pods[0].claims, ['www-web-0']);
    assert.equal(result.events.filter((e) => e.type === 'PVCCreated').length, 2, 'the claim is reused, not created again');
    assert.deepEqual(new Set(result.events.filter((e) => e.type === 'PodCreated' && e.object === 'web-0').map((e) => e.revision)).size, 1);
  });

  it("deletes the claims of scaled-down pods with whenScaled: Delete, each once its pod is gone (claimOwnerMatchesSetAndPod)", () => {
    const result = run([{ apply: { spec: { replicas: 3, persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete' } } } }, { scale: 1 }]);
    const gone = result.events.filter((e) => e.type === 'PodDeleted' || e.type === 'PVCDeleted').map((e) => `${e.time} ${e.type} ${e.object}`);
    assert.deepEqual(gone, ['10 PodDeleted web-2', '10 PVCDeleted www-web-2', '11 PodDeleted web-1', '11 PVCDeleted www-web-1']);
    assert.deepEqual(result.final.pvcs.map((c) => c.name), ['www-web-0']);
    assert.ok(result.events.filter((e) => e.type === 'PVCDeleted').every((e) => e.reason === 'GarbageCollector'));
  });

  it("keeps the claims of scaled-down pods by default (whenScaled: Retain)", () => {
    const result = run([{ apply: { spec: { replicas: 3 } } }, { scale: 1 }]);
    assert.deepEqual(result.final.pods.map((p) => p.name), ['web-0']);
    assert.ok(!result.events.some((e) => e.type === 'PVCDeleted'));
    assert.deepEqual(result.final.pvcs.map((c) => [c.name, c.phase, c.owners]), [
      ['www-web-0', 'Bound', []],
      ['www-web-1', 'Bound', []],
      ['www-web-2', 'Bound', []],
    ]);
  });

  it("deletes the pods in no order with the StatefulSet, then its claims with whenDeleted: Delete", () => {
    const result = run([{ apply: { spec: { replicas: 3, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete' } } } }, { deleteStatefulSet: {} }]);
    const after = result.events.slice(result.events.findIndex((e) => e.type === 'StepStarted' && e.step === 1) + 1);
    const terminating = after.filter((e) => e.type === 'PodTerminating');
    assert.deepEqual(terminating.map((e) => `${e.time} ${e.object} ${e.reason}`), ['9 web-0 GarbageCollector', '9 web-1 GarbageCollector', '9 web-2 GarbageCollector'], 'all at once');
    assert.equal(
      terminating[0].message,
      'web-0 deleted by the garbage collector with StatefulSet web: there is no ordering guarantee when a StatefulSet is deleted (scale it to 0 first for ordered termination)',
    );
    const lastPodGone = after.map((e) => e.type).lastIndexOf('PodDeleted');
    const claims = after.filter((e) => e.type === 'PVCDeleted');
    assert.deepEqual(claims.map((e) => `${e.time} ${e.object}`), ['10 www-web-0', '10 www-web-1', '10 www-web-2']);
    assert.ok(after.findIndex((e) => e.type === 'PVCDeleted') > lastPodGone, 'the claims go after the last pod');
    assert.deepEqual([result.final.pods, result.final.pvcs, result.final.deleted], [[], [], true]);
  });

  it("terminates pods in reverse order when scaled to 0 before deletion, and keeps claims by default", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3 } } }, { deleteStatefulSet: { scaleToZeroFirst: true } }])), [
      ...orderedStart(3),
      ...orderedScaleDown([2, 1, 0], 9),
      "12 Settled web",
    ]);
  });

  it("leaves pods Pending with the reason when no StorageClass can provision their claims", () => {
    assert.deepEqual(trace(run([{ apply: {} }], { env: { storageClass: 'none' } })), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PVCPending www-web-0 (FailedBinding) no persistent volumes available for this claim and no storage class is set",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready (web-0: 0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims (www-web-0))",
      "0 Settled web",
    ]);
  });

  it("publishes a pod’s DNS record before it is Ready with publishNotReadyAddresses", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 1 } } }], { service: { name: 'nginx', namespace: 'default', governs: true, publishNotReadyAddresses: true } }), ['DNSRecordAdded']), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "2 PodRunning web-0 10.244.0.2",
      "2 DNSRecordAdded web-0.nginx.default.svc.cluster.local 10.244.0.2",
      "3 PodReady web-0",
      "3 Settled web",
    ]);
  });

  it("refuses to change an immutable field, as the apiserver does (ValidateStatefulSetUpdate)", () => {
    const before = run([{ apply: {} }]);
    const result = run([{ apply: {} }, { apply: { spec: { serviceName: 'other' } } }]);
    const blocked = result.events.filter((e) => e.type === 'Blocked' && e.reason === 'Forbidden');
    assert.deepEqual(blocked.map((e) => [e.time, e.message]), [
      [
        6,
        "the apiserver refuses the change: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden (changed: serviceName)",
      ],
    ]);
    assert.deepEqual(result.final.pods, before.final.pods, 'nothing changed');
    assert.equal(result.events.filter((e) => e.type.startsWith('Revision')).length, 1);
  });
});
