// Scenario tests for the StatefulSet's ControllerRevisions: rollbacks reuse an equal revision,
// truncateHistory prunes old ones to revisionHistoryLimit (docs/controller-model.md §1).
import * as assert from 'node:assert/strict';
import { revisionName } from '../../../src/core/simulate/spec';
import type { SimResult } from '../../../src/core/simulate/types';
import { run, webManifest } from './scenario';

const revisionEvents = (result: SimResult) => result.events.filter((e) => e.type.startsWith('Revision')).map((e) => `${e.time} ${e.type} ${e.object}`);
/** The revision name of the web template with `image`. */
const nameOf = (image: string) => revisionName('web', (webManifest({ spec: { template: { spec: { containers: [{ name: 'nginx', image, readinessProbe: { httpGet: { path: '/', port: 80 } } }] } } } }).spec as { template: unknown }).template);
const [A, B, C] = ['nginx:1.24', 'nginx:1.25', 'nginx:1.26'].map(nameOf);
const steps = [{ setImage: { image: 'nginx:1.25' } }, { setImage: { image: 'nginx:1.26' } }, { setImage: { image: 'nginx:1.24' } }];

describe('simulator scenarios: revision history', () => {
  it('reuses the old revision on a rollback while the history keeps it (getStatefulSetRevisions: FindEqualRevisions)', () => {
    const result = run([{ apply: { spec: { replicas: 1 } } }, ...steps]);
    assert.deepEqual(revisionEvents(result), [`0 RevisionCreated ${A}`, `3 RevisionCreated ${B}`, `7 RevisionCreated ${C}`, `11 RevisionReused ${A}`]);
    assert.deepEqual(result.final.status.revisions, [B, C, A]);
  });

  it('prunes old revisions to revisionHistoryLimit, so a rollback to a pruned template is a new revision (truncateHistory)', () => {
    const result = run([{ apply: { spec: { replicas: 1, revisionHistoryLimit: 1 } } }, ...steps]);
    assert.deepEqual(revisionEvents(result), [`0 RevisionCreated ${A}`, `3 RevisionCreated ${B}`, `7 RevisionCreated ${C}`, `11 RevisionCreated ${A}`]);
    const again = result.events.filter((e) => e.type === 'RevisionCreated').at(-1)!;
    assert.equal(again.message, `ControllerRevision ${A} records spec.template again, as revision 4: the earlier revision of this template was pruned (revisionHistoryLimit 1), so this is no rollback`);
    assert.deepEqual(result.final.status.revisions, [C, A], 'one old revision kept besides the live one');
    const midway = run([{ apply: { spec: { replicas: 1, revisionHistoryLimit: 1 } } }, ...steps.slice(0, 2)]);
    assert.deepEqual(midway.final.status.revisions, [B, C], 'A pruned once C is current');
  });

  it('never prunes a revision a pod still runs, nor the current one, even with revisionHistoryLimit 0 (truncateHistory: live revisions)', () => {
    const partitioned = { spec: { replicas: 3, revisionHistoryLimit: 0, updateStrategy: { rollingUpdate: { partition: 2 } } } };
    const result = run([{ apply: partitioned }, ...steps.slice(0, 2)]);
    assert.deepEqual(result.final.pods.map((p) => [p.name, p.revision]), [['web-0', A], ['web-1', A], ['web-2', C]]);
    assert.deepEqual(result.final.status.revisions, [A, C], 'B, which no pod runs any more, is pruned');
  });

  it('keeps every revision with a negative revisionHistoryLimit (truncateHistory: historyLimit < 0)', () => {
    const result = run([{ apply: { spec: { replicas: 1, revisionHistoryLimit: -1 } } }, ...steps.slice(0, 2)]);
    assert.deepEqual(result.final.status.revisions, [A, B, C]);
  });
});
