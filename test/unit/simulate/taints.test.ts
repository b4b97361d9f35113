// The taints a node can carry in the simulator (docs/controller-model.md §16): all come from the
// node's state as the lifecycle steps set it, each with the fixed effect upstream gives it, and
// none is PreferNoSchedule, so TaintToleration's Score (countIntolerableTaintsPreferNoSchedule,
// then DefaultNormalizeScore reversed) gives every node the same 100 and never changes a choice.
import * as assert from 'node:assert/strict';
import { taintsOf, type TaintedState } from '../../../src/core/simulate/taints';

const STATES: TaintedState[] = [false, true].flatMap((ready) =>
  [false, true].flatMap((cordoned) => [false, true].map((outOfService) => ({ ready, cordoned, outOfService }))),
);

const text = (state: TaintedState) => taintsOf(state).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`);

describe('simulator taints (taintsOf, TaintToleration Score)', () => {
  it('gives a Ready node that is neither cordoned nor out of service no taint at all', () => {
    assert.deepEqual(text({ ready: true, cordoned: false, outOfService: false }), []);
  });

  it('gives each state the taints upstream adds, with their fixed effects (doNoScheduleTaintingPass, UnreachableTaintTemplate, TaintNodeUnschedulable)', () => {
    assert.deepEqual(text({ ready: false, cordoned: true, outOfService: true }), [
      'node.kubernetes.io/unschedulable:NoSchedule',
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/out-of-service=nodeshutdown:NoExecute',
    ]);
  });

  it('never gives a node a PreferNoSchedule taint, in any of the eight states (countIntolerableTaintsPreferNoSchedule is 0 everywhere)', () => {
    for (const state of STATES) {
      const preferred = taintsOf(state).filter((t) => t.effect === 'PreferNoSchedule');
      assert.deepEqual(preferred, [], JSON.stringify(state));
    }
  });
});
