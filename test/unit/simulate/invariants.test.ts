// The invariants of invariants.ts over random scripts (every scenario test checks them too, through run()).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { anyScenario } from './arbitraries';
import { run } from './scenario';

describe('simulator invariants (assertMonotonicInvariants)', () => {
  it('holds after every event of any script: one pod per ordinal, OrderedReady order, status = pods, claims kept unless the policy deletes them', () => {
    fc.assert(
      fc.property(anyScenario, ({ steps, env, manifest }) => {
        const result = run(steps, { manifest, env });
        assert.equal(result.truncated, undefined);
      }),
      { numRuns: 300 },
    );
  });
});
