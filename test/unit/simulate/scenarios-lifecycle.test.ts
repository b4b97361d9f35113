// Scenario tests (failures, claims, deletion, storage and DNS): the exact event order of the simulator for each controller behaviour of
// docs/controller-model.md. Traces hide StatusUpdated, PVCBound, DNS and PodAvailable
// events unless a test asks for them (see scenario.ts).
import * as assert from 'node:assert/strict';
import { run, trace } from './scenario';

describe('simulator scenarios: failures, claims, deletion, storage and DNS', () => {
  it("deletes a Failed pod and recreates it", () => {
    assert.deepEqual(trace(run([{ apply: {} }, { failPod: 'web-0' }])), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "2 PodRunning web-0 10.244.0.2",
      "3 PodReady web-0",
      "3 PVCCreated www-web-1",
      "3 PodCreated web-1 @r1",
      "5 PodRunning web-1 10.244.0.3",
      "6 PodReady web-1",
      "6 PodFailed web-0",
      "6 PodTerminating web-0 (Controller) delete Pod web-0 in StatefulSet web successful (it failed; it will be recreated)",
      "6 Blocked web (Waiting) web-0 is terminating: the controller waits for it to be gone before recreating it",
      "7 PodDeleted web-0",
      "7 PodCreated web-0 @r1",
      "9 PodRunning web-0 10.244.0.4",
      "10 PodReady web-0",
      "10 Settled web",
    ]);
  });

  it("deletes the claims of scaled-down pods with whenScaled: Delete", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3, persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete' } } } }, { scale: 1 }]), ['PVCDeleted']), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "2 PodRunning web-0 10.244.0.2",
      "3 PodReady web-0",
      "3 PVCCreated www-web-1",
      "3 PodCreated web-1 @r1",
      "3 Blocked web (Waiting) web-2 waits for web-1 to be Running and Ready",
      "5 PodRunning web-1 10.244.0.3",
      "6 PodReady web-1",
      "6 PVCCreated www-web-2",
      "6 PodCreated web-2 @r1",
      "8 PodRunning web-2 10.244.0.4",
      "9 PodReady web-2",
      "9 PodTerminating web-2 (Controller) delete Pod web-2 in StatefulSet web successful (scale down)",
      "9 Blocked web (Waiting) scale-down waits for web-2 to terminate",
      "10 PodDeleted web-2",
      "10 PVCDeleted www-web-2",
      "10 PodTerminating web-1 (Controller) delete Pod web-1 in StatefulSet web successful (scale down)",
      "10 Blocked web (Waiting) scale-down waits for web-1 to terminate",
      "11 PodDeleted web-1",
      "11 PVCDeleted www-web-1",
      "11 Settled web",
    ]);
  });

  it("keeps the claims of scaled-down pods by default", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3 } } }, { scale: 1 }]), ['PVCDeleted']), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "2 PodRunning web-0 10.244.0.2",
      "3 PodReady web-0",
      "3 PVCCreated www-web-1",
      "3 PodCreated web-1 @r1",
      "3 Blocked web (Waiting) web-2 waits for web-1 to be Running and Ready",
      "5 PodRunning web-1 10.244.0.3",
      "6 PodReady web-1",
      "6 PVCCreated www-web-2",
      "6 PodCreated web-2 @r1",
      "8 PodRunning web-2 10.244.0.4",
      "9 PodReady web-2",
      "9 PodTerminating web-2 (Controller) delete Pod web-2 in StatefulSet web successful (scale down)",
      "9 Blocked web (Waiting) scale-down waits for web-2 to terminate",
      "10 PodDeleted web-2",
      "10 PodTerminating web-1 (Controller) delete Pod web-1 in StatefulSet web successful (scale down)",
      "10 Blocked web (Waiting) scale-down waits for web-1 to terminate",
      "11 PodDeleted web-1",
      "11 Settled web",
    ]);
  });

  it("deletes the pods in no order with the StatefulSet, then its claims with whenDeleted: Delete", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete' } } } }, { deleteStatefulSet: {} }])), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "2 PodRunning web-0 10.244.0.2",
      "3 PodReady web-0",
      "3 PVCCreated www-web-1",
      "3 PodCreated web-1 @r1",
      "3 Blocked web (Waiting) web-2 waits for web-1 to be Running and Ready",
      "5 PodRunning web-1 10.244.0.3",
      "6 PodReady web-1",
      "6 PVCCreated www-web-2",
      "6 PodCreated web-2 @r1",
      "8 PodRunning web-2 10.244.0.4",
      "9 PodReady web-2",
      "9 PodTerminating web-0 (GarbageCollector) web-0 deleted by the garbage collector with StatefulSet web: there is no ordering guarantee when a StatefulSet is deleted (scale it to 0 first for ordered termination)",
      "9 PodTerminating web-1 (GarbageCollector) web-1 deleted by the garbage collector with StatefulSet web: there is no ordering guarantee when a StatefulSet is deleted (scale it to 0 first for ordered termination)",
      "9 PodTerminating web-2 (GarbageCollector) web-2 deleted by the garbage collector with StatefulSet web: there is no ordering guarantee when a StatefulSet is deleted (scale it to 0 first for ordered termination)",
      "10 PodDeleted web-0",
      "10 PodDeleted web-1",
      "10 PodDeleted web-2",
      "10 PVCDeleted www-web-0",
      "10 PVCDeleted www-web-1",
      "10 PVCDeleted www-web-2",
      "10 Settled web",
    ]);
  });

  it("terminates pods in reverse order when scaled to 0 before deletion, and keeps claims by default", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3 } } }, { deleteStatefulSet: { scaleToZeroFirst: true } }])), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "2 PodRunning web-0 10.244.0.2",
      "3 PodReady web-0",
      "3 PVCCreated www-web-1",
      "3 PodCreated web-1 @r1",
      "3 Blocked web (Waiting) web-2 waits for web-1 to be Running and Ready",
      "5 PodRunning web-1 10.244.0.3",
      "6 PodReady web-1",
      "6 PVCCreated www-web-2",
      "6 PodCreated web-2 @r1",
      "8 PodRunning web-2 10.244.0.4",
      "9 PodReady web-2",
      "9 PodTerminating web-2 (Controller) delete Pod web-2 in StatefulSet web successful (scale down)",
      "9 Blocked web (Waiting) scale-down waits for web-2 to terminate",
      "10 PodDeleted web-2",
      "10 PodTerminating web-1 (Controller) delete Pod web-1 in StatefulSet web successful (scale down)",
      "10 Blocked web (Waiting) scale-down waits for web-1 to terminate",
      "11 PodDeleted web-1",
      "11 PodTerminating web-0 (Controller) delete Pod web-0 in StatefulSet web successful (scale down)",
      "11 Blocked web (Waiting) scale-down waits for web-0 to terminate",
      "12 PodDeleted web-0",
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

  it("refuses to change an immutable field, as the apiserver does", () => {
    assert.deepEqual(trace(run([{ apply: {} }, { apply: { spec: { serviceName: 'other' } } }])), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "2 PodRunning web-0 10.244.0.2",
      "3 PodReady web-0",
      "3 PVCCreated www-web-1",
      "3 PodCreated web-1 @r1",
      "5 PodRunning web-1 10.244.0.3",
      "6 PodReady web-1",
      "6 Blocked web (Forbidden) the apiserver refuses the change: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden (changed: serviceName)",
      "6 Settled web",
    ]);
  });
});
