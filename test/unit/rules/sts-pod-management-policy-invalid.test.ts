import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-pod-management-policy-invalid';

function sts(spec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}`;
}

describe('sts-pod-management-policy-invalid', () => {
  it('reports a policy in the wrong case, in the apiserver wording', () => {
    const { text, range } = marked(sts('  podManagementPolicy: «parallel»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.podManagementPolicy: Invalid value: "parallel": must be 'OrderedReady' or 'Parallel'` },
    ]);
  });

  it('reports an unknown policy', () => {
    const { text, range } = marked(sts('  podManagementPolicy: «Ordered»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.podManagementPolicy: Invalid value: "Ordered": must be 'OrderedReady' or 'Parallel'` },
    ]);
  });

  it('accepts OrderedReady, Parallel, an empty value and an omitted field', () => {
    for (const spec of ['  podManagementPolicy: Parallel\n', '  podManagementPolicy: OrderedReady\n', '  podManagementPolicy: ""\n', '  podManagementPolicy:\n', '  replicas: 1\n']) {
      assert.deepEqual(findingsOf(ID, sts(spec)), [], spec);
    }
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
