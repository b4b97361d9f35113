import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-partition-exceeds-replicas';

function sts(spec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}`;
}

describe('sts-partition-exceeds-replicas', () => {
  it('reports a partition greater than replicas', () => {
    const { text, range } = marked(sts('  replicas: 3\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: «5»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          'spec.updateStrategy.rollingUpdate.partition 5 is greater than spec.replicas 3: no pod has an ordinal index >= 5, so changes to the pod template are never rolled out',
      },
    ]);
  });

  it('compares with the default of 1 replica when replicas is omitted', () => {
    const { text, range } = marked(sts('  updateStrategy:\n    rollingUpdate:\n      partition: «2»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          'spec.updateStrategy.rollingUpdate.partition 2 is greater than spec.replicas (default 1): no pod has an ordinal index >= 2, so changes to the pod template are never rolled out',
      },
    ]);
  });

  it('accepts a partition up to replicas (pausing a rollout) and ignores OnDelete', () => {
    assert.deepEqual(findingsOf(ID, sts('  replicas: 3\n  updateStrategy:\n    rollingUpdate:\n      partition: 3\n')), []);
    assert.deepEqual(findingsOf(ID, sts('  replicas: 3\n  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: 5\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
