// Scenario tests (creating, scaling and deleting pods): the exact event order of the simulator for each controller behaviour of
// docs/controller-model.md. Traces hide StatusUpdated, PVCBound, DNS and PodAvailable
// events unless a test asks for them (see scenario.ts).
import * as assert from 'node:assert/strict';
import { run, trace } from './scenario';

describe('simulator scenarios: creating, scaling and deleting pods', () => {
  it("creates pods in order: web-1 only once web-0 is Running and Ready", () => {
    assert.deepEqual(trace(run([{ apply: {} }])), [
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
      "6 Settled web",
    ]);
  });

  it("creates every pod at once with podManagementPolicy Parallel", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { podManagementPolicy: 'Parallel', replicas: 3 } } }])), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 PVCCreated www-web-1",
      "0 PodCreated web-1 @r1",
      "0 PVCCreated www-web-2",
      "0 PodCreated web-2 @r1",
      "2 PodRunning web-0 10.244.0.2",
      "2 PodRunning web-1 10.244.0.3",
      "2 PodRunning web-2 10.244.0.4",
      "3 PodReady web-0",
      "3 PodReady web-1",
      "3 PodReady web-2",
      "3 Settled web",
    ]);
  });

  it("scales up in order and down in reverse, one pod at a time, keeping the claims", () => {
    assert.deepEqual(trace(run([{ apply: {} }, { scale: 3 }, { scale: 1 }])), [
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

  it("recreates a deleted pod with the same name and claim and a new IP", () => {
    assert.deepEqual(trace(run([{ apply: {} }, { deletePod: 'web-0' }]), ['DNSRecordAdded','DNSRecordRemoved']), [
      "0 RevisionCreated r1",
      "0 PVCCreated www-web-0",
      "0 PodCreated web-0 @r1",
      "0 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "2 PodRunning web-0 10.244.0.2",
      "3 PodReady web-0",
      "3 DNSRecordAdded web-0.nginx.default.svc.cluster.local 10.244.0.2",
      "3 PVCCreated www-web-1",
      "3 PodCreated web-1 @r1",
      "5 PodRunning web-1 10.244.0.3",
      "6 PodReady web-1",
      "6 DNSRecordAdded web-1.nginx.default.svc.cluster.local 10.244.0.3",
      "6 PodTerminating web-0 (User) kubectl delete pod web-0: the controller recreates it with the same name, hostname and claims, and a new IP",
      "6 DNSRecordRemoved web-0.nginx.default.svc.cluster.local",
      "6 Blocked web (Waiting) web-0 is terminating: the controller waits for it to be gone before recreating it",
      "7 PodDeleted web-0",
      "7 PodCreated web-0 @r1",
      "9 PodRunning web-0 10.244.0.4",
      "10 PodReady web-0",
      "10 DNSRecordAdded web-0.nginx.default.svc.cluster.local 10.244.0.4",
      "10 Settled web",
    ]);
  });

  it("holds creation and scale-down while a pod is not Ready, and resumes when it is", () => {
    assert.deepEqual(trace(run([{ apply: {} }, { failReadiness: 'web-0' }, { scale: 3 }, { wait: 5 }, { restoreReadiness: 'web-0' }])), [
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
      "6 PodNotReady web-0 (ReadinessProbeFailed) web-0: readiness probe failing",
      "6 Blocked web (Waiting) web-2 waits for web-0 to be Running and Ready (web-0: Readiness probe failed)",
      "12 PodReady web-0",
      "12 PVCCreated www-web-2",
      "12 PodCreated web-2 @r1",
      "14 PodRunning web-2 10.244.0.4",
      "15 PodReady web-2",
      "15 Settled web",
    ]);
  });
});
