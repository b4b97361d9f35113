// Scenario tests for what the simulated apiserver accepts on update: fields compared as
// ValidateStatefulSetUpdate compares them, after SetDefaults_StatefulSet (docs/change-model.md §3).
import * as assert from 'node:assert/strict';
import { run } from './scenario';

const forbidden = (result: ReturnType<typeof run>) => result.events.filter((e) => e.type === 'Blocked' && e.reason === 'Forbidden').map((e) => e.message);

describe('simulator scenarios: the apiserver on update', () => {
  it('accepts an explicit podManagementPolicy: OrderedReady, the default written out (ValidateStatefulSetUpdate after SetDefaults_StatefulSet)', () => {
    const result = run([{ apply: {} }, { apply: { spec: { podManagementPolicy: 'OrderedReady' } } }]);
    assert.deepEqual(forbidden(result), []);
    assert.equal(result.events.filter((e) => e.type.startsWith('Revision')).length, 1, 'no template change, no revision');
  });

  it('accepts a claim template that writes out volumeMode: Filesystem and 1024Mi for 1Gi (SetDefaults_PersistentVolumeClaimSpec, quantities by value)', () => {
    const templates = [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], volumeMode: 'Filesystem', resources: { requests: { storage: '1024Mi' } } } }];
    const result = run([{ apply: {} }, { apply: { spec: { volumeClaimTemplates: templates } } }]);
    assert.deepEqual(forbidden(result), []);
  });

  it('still refuses a real change of podManagementPolicy (ValidateStatefulSetUpdate)', () => {
    const result = run([{ apply: {} }, { apply: { spec: { podManagementPolicy: 'Parallel' } } }]);
    assert.equal(forbidden(result).length, 1);
    assert.match(forbidden(result)[0] ?? '', /\(changed: podManagementPolicy\)$/);
  });
});
