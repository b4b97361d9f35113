import * as assert from 'node:assert/strict';
import { BaselineIndex } from '../../../src/core/change/baselineIndex';
import { planChanges } from '../../../src/core/change/plan';
import { findForbiddenStatefulSetChanges } from '../../../src/core/change/statefulSetUpdate';
import { resourceOf, resourcesOf, service, web } from './fixtures';

function planOf(baseline: string, edited: string) {
  const index = new BaselineIndex(resourcesOf(baseline, 'git:HEAD:web.yaml'));
  return planChanges({ working: resourcesOf(edited), baseline: index, inScope: () => true, fileOf: () => 'web.yaml' });
}

describe('the plan of an edit', () => {
  it('calls a comments-only, reordered, requoted edit unchanged', () => {
    const edited = `# edited\n${web().replace('serviceName: nginx', "serviceName: 'nginx' # same").replace('  replicas: 3\n', '')}`.replace('  selector:', '  replicas: 3\n  selector:');
    assert.deepEqual(planOf(web(), edited).map((p) => [p.change, p.rollout]), [['unchanged', null]]);
  });

  it('simulates an edit whose immutable fields are equal only as the apiserver compares them (1Gi → 1024Mi, an explicit OrderedReady)', () => {
    const [planned] = planOf(web(), web({ storage: '1024Mi', image: 'nginx:1.25', extra: '  podManagementPolicy: OrderedReady\n' }));
    assert.deepEqual(planned.forbidden, []);
    assert.deepEqual(planned.rollout?.replaced, ['web-2', 'web-1', 'web-0']);
  });

  it('gives a refused update no rollout but the way out, for a StatefulSet and a Service', () => {
    const planned = planOf(`${web()}---\n${service()}`, `${web({ serviceName: 'web' })}---\n${service('  clusterIP: 10.0.0.1\n')}`);
    assert.deepEqual(planned.map((p) => [p.change, p.forbidden.map((f) => f.rule), p.rollout, p.wayOut.length > 0]), [
      ['updated', ['sts-update-forbidden'], null, true],
      ['updated', ['svc-update-cluster-ip-immutable'], null, true],
    ]);
  });

  it('lists a baseline resource missing from the working tree as deleted, when in scope', () => {
    assert.deepEqual(planOf(`${web()}---\n${service()}`, web()).map((p) => `${p.resource.kind.value} ${p.change}`), ['StatefulSet unchanged', 'Service deleted']);
  });

  it('remembers the comparison per pair of parses, so a re-check costs a look-up', () => {
    const [edited, baseline] = [resourceOf(web({ serviceName: 'x' })), resourceOf(web())];
    assert.equal(findForbiddenStatefulSetChanges(edited, baseline), findForbiddenStatefulSetChanges(edited, baseline));
    assert.notEqual(findForbiddenStatefulSetChanges(resourceOf(web({ serviceName: 'x' })), baseline), findForbiddenStatefulSetChanges(edited, baseline));
  });
});
