import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-update-strategy-invalid';

function sts(spec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}`;
}

describe('sts-update-strategy-invalid', () => {
  it('reports an unknown strategy type', () => {
    const { text, range } = marked(sts('  updateStrategy:\n    type: «Recreate»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.updateStrategy.type: Invalid value: "Recreate": must be 'RollingUpdate' or 'OnDelete'` },
    ]);
  });

  it('reports a strategy type in the wrong case', () => {
    const { text, range } = marked(sts('  updateStrategy: {type: «onDelete»}\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.updateStrategy.type: Invalid value: "onDelete": must be 'RollingUpdate' or 'OnDelete'` },
    ]);
  });

  it('accepts both types, and a strategy with no type (defaulted to RollingUpdate)', () => {
    for (const spec of [
      '  updateStrategy:\n    type: OnDelete\n',
      '  updateStrategy:\n    type: RollingUpdate\n',
      '  updateStrategy:\n    rollingUpdate:\n      partition: 2\n',
      '  updateStrategy:\n    type: ""\n',
    ]) {
      assert.deepEqual(findingsOf(ID, sts(spec)), [], spec);
    }
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
