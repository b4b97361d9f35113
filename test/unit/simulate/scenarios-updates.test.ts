// Scenario tests (updates): the exact event order of the simulator for each controller behaviour of
// docs/controller-model.md. Traces hide StatusUpdated, PVCBound, DNS and PodAvailable
// events unless a test asks for them (see scenario.ts); the
// starts, rolling replacements and scale-downs the traces share are written once in traces.ts.
import * as assert from 'node:assert/strict';
import { run, trace } from './scenario';
import { orderedStart, parallelStart, rollingReplace } from './traces';

describe('simulator scenarios: updates', () => {
  it("rolls an update from the highest ordinal down, one pod at a time (updateStatefulSet)", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3 } } }, { setImage: { image: 'nginx:1.25' } }])), [
      ...orderedStart(3),
      "9 RevisionCreated r2",
      ...rollingReplace([2, 1, 0], 9, 5),
      "21 Settled web",
    ]);
  });

  it("updates only from the partition up, and recreates a deleted pod below it at the old revision (newVersionedStatefulSetPod)", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3, updateStrategy: { rollingUpdate: { partition: 2 } } } } }, { setImage: { image: 'nginx:1.25' } }, { deletePod: 'web-0' }])), [
      ...orderedStart(3),
      "9 RevisionCreated r2",
      ...rollingReplace([2], 9, 5),
      "13 PodTerminating web-0 (User) kubectl delete pod web-0: the controller recreates it with the same name, hostname and claims, and a new IP",
      "13 Blocked web (Waiting) web-0 is terminating: the controller waits for it to be gone before recreating it",
      "14 PodDeleted web-0",
      "14 PodCreated web-0 @r1",
      "16 PodRunning web-0 10.244.0.6",
      "17 PodReady web-0",
      "17 Settled web",
    ]);
  });

  it("counts the partition from ordinals.start", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 4, ordinals: { start: 2 }, updateStrategy: { rollingUpdate: { partition: 2 } } } } }, { setImage: { image: 'nginx:1.25' } }])), [
      ...orderedStart(4, 2),
      "12 RevisionCreated r2",
      ...rollingReplace([5, 4], 12, 6),
      "20 Settled web",
    ]);
  });

  it("never replaces pods under OnDelete, and recreates deleted or new pods at the update revision", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { updateStrategy: { type: 'OnDelete' } } } }, { setImage: { image: 'nginx:1.25' } }, { deletePod: 'web-1' }, { scale: 3 }])), [
      ...orderedStart(2),
      "6 RevisionCreated r2",
      "6 PodTerminating web-1 (User) kubectl delete pod web-1: the controller recreates it with the same name, hostname and claims, and a new IP",
      "6 Blocked web (Waiting) web-1 is terminating: the controller waits for it to be gone before recreating it",
      "7 PodDeleted web-1",
      "7 PodCreated web-1 @r2",
      "9 PodRunning web-1 10.244.0.4",
      "10 PodReady web-1",
      "10 PVCCreated www-web-2",
      "10 PodCreated web-2 @r2",
      "12 PodRunning web-2 10.244.0.5",
      "13 PodReady web-2",
      "13 Settled web",
    ]);
  });

  it("waits forever on a broken pod after a rollback with OrderedReady, until the pod is deleted", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3 } } }, { setImage: { image: 'nginx:bad', outcome: 'imagePullError' } }, { setImage: { image: 'nginx:1.24' } }, { wait: 60 }, { deletePod: 'web-2' }])), [
      ...orderedStart(3),
      "9 RevisionCreated r2",
      "9 PodTerminating web-2 (Controller) delete Pod web-2 in StatefulSet web successful (rolling update to web-6944f7c4f7)",
      "9 Blocked web (Waiting) web-2 is terminating: the controller waits for it to be gone before recreating it",
      "10 PodDeleted web-2",
      "10 PodCreated web-2 @r2",
      "10 Blocked web (Waiting) the rolling update waits for web-2 to be Running and Ready",
      "12 PodNotReady web-2 (ImagePullBackOff) web-2: Back-off pulling image \"nginx:bad\"",
      "12 Blocked web (Waiting) the rolling update waits for web-2 to be Running and Ready (web-2: Back-off pulling image \"nginx:bad\")",
      "12 RevisionReused r1",
      "12 Blocked web (Waiting) the rolling update waits for web-2 to be Running and Ready (web-2: Back-off pulling image \"nginx:bad\"): it runs revision web-6944f7c4f7, which never becomes Ready, and OrderedReady will not replace it (the broken-rollback trap); delete web-2 to recreate it at web-6d59849d7",
      "72 PodTerminating web-2 (User) kubectl delete pod web-2: the controller recreates it with the same name, hostname and claims, and a new IP",
      "72 Blocked web (Waiting) web-2 is terminating: the controller waits for it to be gone before recreating it",
      "73 PodDeleted web-2",
      "73 PodCreated web-2 @r1",
      "75 PodRunning web-2 10.244.0.6",
      "76 PodReady web-2",
      "76 Settled web",
    ]);
  });

  it("recovers from a broken revision by itself with Parallel", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 3, podManagementPolicy: 'Parallel' } } }, { setImage: { image: 'nginx:bad', outcome: 'crashLoop' } }, { setImage: { image: 'nginx:1.24' } }])), [
      ...parallelStart(3),
      "3 RevisionCreated r2",
      "3 PodTerminating web-2 (Controller) delete Pod web-2 in StatefulSet web successful (rolling update to web-6944f7c4f7)",
      "3 Blocked web (Waiting) the rolling update waits for web-2 to be Running and Ready",
      "4 PodDeleted web-2",
      "4 PodCreated web-2 @r2",
      "6 PodRunning web-2 10.244.0.5",
      "7 PodNotReady web-2 (CrashLoopBackOff) web-2: the container keeps crashing (CrashLoopBackOff)",
      "7 RevisionReused r1",
      "7 PodTerminating web-2 (Controller) delete Pod web-2 in StatefulSet web successful (rolling update to web-6d59849d7)",
      "8 PodDeleted web-2",
      "8 PodCreated web-2 @r1",
      "10 PodRunning web-2 10.244.0.6",
      "11 PodReady web-2",
      "11 Settled web",
    ]);
  });

  it("deletes up to maxUnavailable outdated pods at once behind the feature gate, and recreates them in order (updateStatefulSetAfterInvariantEstablished)", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 4, updateStrategy: { rollingUpdate: { maxUnavailable: '50%' } } } } }, { setImage: { image: 'nginx:1.25' } }], { env: { featureGates: { MaxUnavailableStatefulSet: true } } })), [
      ...orderedStart(4),
      "12 RevisionCreated r2",
      "12 PodTerminating web-3 (Controller) delete Pod web-3 in StatefulSet web successful (rolling update to web-78b8f57ff6)",
      "12 PodTerminating web-2 (Controller) delete Pod web-2 in StatefulSet web successful (rolling update to web-78b8f57ff6)",
      "12 Blocked web (Waiting) web-2 is terminating: the controller waits for it to be gone before recreating it",
      "13 PodDeleted web-3",
      "13 PodDeleted web-2",
      "13 PodCreated web-2 @r2",
      "13 Blocked web (Waiting) web-3 waits for web-2 to be Running and Ready",
      "15 PodRunning web-2 10.244.0.6",
      "16 PodReady web-2",
      "16 PodCreated web-3 @r2",
      "16 Blocked web (Waiting) the rolling update waits for web-3 to be Running and Ready",
      "18 PodRunning web-3 10.244.0.7",
      "19 PodReady web-3",
      "19 PodTerminating web-1 (Controller) delete Pod web-1 in StatefulSet web successful (rolling update to web-78b8f57ff6)",
      "19 PodTerminating web-0 (Controller) delete Pod web-0 in StatefulSet web successful (rolling update to web-78b8f57ff6)",
      "19 Blocked web (Waiting) web-0 is terminating: the controller waits for it to be gone before recreating it",
      "20 PodDeleted web-1",
      "20 PodDeleted web-0",
      "20 PodCreated web-0 @r2",
      "20 Blocked web (Waiting) web-1 waits for web-0 to be Running and Ready",
      "22 PodRunning web-0 10.244.0.8",
      "23 PodReady web-0",
      "23 PodCreated web-1 @r2",
      "25 PodRunning web-1 10.244.0.9",
      "26 PodReady web-1",
      "26 Settled web",
    ]);
  });

  it("ignores maxUnavailable when the feature gate is off", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { replicas: 4, updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } } } }, { setImage: { image: 'nginx:1.25' } }])), [
      ...orderedStart(4),
      "12 RevisionCreated r2",
      ...rollingReplace([3, 2, 1, 0], 12, 6),
      "28 Settled web",
    ]);
  });
});
