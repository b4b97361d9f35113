// Scenario tests (creating, scaling and deleting pods): the exact event order where the order is the point, for each controller behaviour of
// docs/controller-model.md. Traces hide StatusUpdated, PVCBound, DNS and PodAvailable
// events unless a test asks for them (see scenario.ts); the
// starts, rolling replacements and scale-downs the traces share are written once in traces.ts.
import * as assert from 'node:assert/strict';
import { run, trace } from './scenario';
import { orderedScaleDown, orderedStart, parallelStart } from './traces';

describe('simulator scenarios: creating, scaling and deleting pods', () => {
  it("creates pods in order: web-1 only once web-0 is Running and Ready (processReplica, OrderedReady)", () => {
    assert.deepEqual(trace(run([{ apply: {} }])), [
      ...orderedStart(2),
      "6 Settled web",
    ]);
  });

  it("creates every pod at once with podManagementPolicy Parallel", () => {
    assert.deepEqual(trace(run([{ apply: { spec: { podManagementPolicy: 'Parallel', replicas: 3 } } }])), [
      ...parallelStart(3),
      "3 Settled web",
    ]);
  });

  it("scales up in order and down in reverse, one pod at a time, keeping the claims (processReplica, processCondemned)", () => {
    assert.deepEqual(trace(run([{ apply: {} }, { scale: 3 }, { scale: 1 }])), [
      ...orderedStart(2),
      "6 PVCCreated www-web-2",
      "6 PodCreated web-2 @r1",
      "8 PodRunning web-2 10.244.0.4",
      "9 PodReady web-2",
      ...orderedScaleDown([2, 1], 9),
      "11 Settled web",
    ]);
  });

  it("recreates a deleted pod with the same name and claim and a new IP, withdrawing its DNS record meanwhile (processReplica: isCreated)", () => {
    const result = run([{ apply: {} }, { deletePod: 'web-0' }]);
    const web0 = result.events.filter((e) => e.object === 'web-0' || e.object === 'web-0.nginx.default.svc.cluster.local');
    const afterDelete = web0.slice(web0.findIndex((e) => e.type === 'PodTerminating'));
    assert.deepEqual(afterDelete.map((e) => `${e.time} ${e.type}${e.reason ? ` (${e.reason})` : ''}`), [
      '6 PodTerminating (User)', '6 DNSRecordRemoved', '7 PodDeleted', '7 PodCreated', '9 PodRunning', '10 PodReady', '10 DNSRecordAdded', '10 PodAvailable',
    ]);
    assert.equal(afterDelete[0].message, 'kubectl delete pod web-0: the controller recreates it with the same name, hostname and claims, and a new IP');
    const ips = web0.filter((e) => e.type === 'DNSRecordAdded').map((e) => e.ip);
    assert.equal(ips.length, 2);
    assert.notEqual(ips[0], ips[1], 'the record answers with the new IP');
    const created = result.events.filter((e) => e.type === 'PodCreated' && e.object === 'web-0');
    assert.equal(created[0].revision, created[1].revision);
    assert.deepEqual(result.events.filter((e) => e.type === 'PVCCreated').map((e) => e.object), ['www-web-0', 'www-web-1'], 'the claim is reused');
  });

  it("holds creation and scale-down while a pod is not Ready, and resumes when it is", () => {
    assert.deepEqual(trace(run([{ apply: {} }, { failReadiness: 'web-0' }, { scale: 3 }, { wait: 5 }, { restoreReadiness: 'web-0' }])), [
      ...orderedStart(2),
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
