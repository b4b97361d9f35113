// Scenario tests for claim retention as upstream does it: owner references set per pod during
// each sync (processReplica, fixPodClaim in updateStatefulSet), stale ones left alone
// (hasStaleOwnerRef, PodClaimIsStale), and the garbage collector acting after the sync
// (docs/controller-model.md §5).
import * as assert from 'node:assert/strict';
import type { SimResult } from '../../../src/core/simulate/types';
import { run, trace } from './scenario';

const whenScaledDelete = { persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete' } };
const claims = (result: SimResult) => result.final.pvcs.map((c) => `${c.name} [${c.owners.join(', ')}]`);

describe('simulator scenarios: claim retention', () => {
  it('keeps the claim of a pod scaled down behind a pod that is not Ready, since fixPodClaim never ran (updateStatefulSet: runForAll stops early)', () => {
    const result = run([{ apply: { spec: { replicas: 3, ...whenScaledDelete } } }, { failReadiness: 'web-0' }, { scale: 1 }, { deletePod: 'web-2' }, { restoreReadiness: 'web-0' }]);
    assert.deepEqual(claims(result), ['www-web-0 []', 'www-web-2 []'], 'www-web-2 lost no data: its pod went before the controller could own the claim to it');
    const gone = result.events.filter((e) => e.type === 'PodDeleted' || e.type === 'PVCDeleted').map((e) => `${e.time} ${e.type} ${e.object}`);
    assert.deepEqual(gone, ['10 PodDeleted web-2', '12 PodDeleted web-1', '12 PVCDeleted www-web-1']);
  });

  it('deletes those claims with Parallel, whose replicas pass never stops early (runForAll: slowStartBatch)', () => {
    const result = run([{ apply: { spec: { replicas: 3, podManagementPolicy: 'Parallel', ...whenScaledDelete } } }, { failReadiness: 'web-0' }, { scale: 1 }]);
    assert.deepEqual(claims(result), ['www-web-0 []']);
  });

  it('gives in-range claims the set owner only as far as the sync gets, under OrderedReady (processReplica: ClaimsMatchRetentionPolicy)', () => {
    const steps = [{ apply: { spec: { replicas: 3 } } }, { failReadiness: 'web-1' }, { apply: { spec: { persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete' } } } }];
    assert.deepEqual(claims(run(steps)), ['www-web-0 [StatefulSet/web]', 'www-web-1 []', 'www-web-2 []']);
    assert.deepEqual(claims(run([...steps, { restoreReadiness: 'web-1' }])), ['www-web-0 [StatefulSet/web]', 'www-web-1 [StatefulSet/web]', 'www-web-2 [StatefulSet/web]']);
  });

  it('lets the garbage collector delete a claim after the sync that the pod deletion triggered (garbagecollector attemptToDeleteItem)', () => {
    const lines = trace(run([{ apply: { spec: { replicas: 3, ...whenScaledDelete } } }, { scale: 1 }]));
    assert.deepEqual(lines.slice(lines.indexOf('10 PodDeleted web-2')), [
      '10 PodDeleted web-2',
      '10 PodTerminating web-1 (Controller) delete Pod web-1 in StatefulSet web successful (scale down)',
      '10 Blocked web (Waiting) scale-down waits for web-1 to terminate',
      '10 PVCDeleted www-web-2',
      '11 PodDeleted web-1',
      '11 PVCDeleted www-web-1',
      '11 Settled web',
    ]);
  });

  it('deletes the claim of a pod scaled back up while terminating, then creates it anew (hasStaleOwnerRef, PodClaimIsStale)', () => {
    const lines = trace(run([{ apply: { spec: { replicas: 3, ...whenScaledDelete } } }, { scale: 2 }, { scale: 3, at: 9 }]));
    assert.deepEqual(lines.slice(lines.indexOf('10 PodDeleted web-2')), [
      '10 PodDeleted web-2',
      '10 Blocked web (Waiting) web-2 waits: its claim www-web-2 still has an owner reference to the deleted pod web-2 (whenScaled: Delete), so the controller waits for the garbage collector to delete it (PodClaimIsStale)',
      '10 PVCDeleted www-web-2',
      '10 PVCCreated www-web-2',
      '10 PodCreated web-2 @r1',
      '12 PodRunning web-2 10.244.0.5',
      '13 PodReady web-2',
      '13 Settled web',
    ]);
  });
});
