import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-rolling-update-with-on-delete';

function sts(spec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}`;
}

describe('sts-rolling-update-with-on-delete', () => {
  it('reports a rollingUpdate block under the OnDelete strategy, at its key', () => {
    const { text, range } = marked(sts('  updateStrategy:\n    type: OnDelete\n    «rollingUpdate»:\n      partition: 2\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: `spec.updateStrategy.rollingUpdate: Invalid value: {"partition":2}: only allowed for updateStrategy 'RollingUpdate' (spec.updateStrategy.type is "OnDelete")`,
      },
    ]);
  });

  it('reports an empty rollingUpdate map too (it is not nil)', () => {
    const { text, range } = marked(sts('  updateStrategy: {type: OnDelete, «rollingUpdate»: {}}\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `spec.updateStrategy.rollingUpdate: Invalid value: {}: only allowed for updateStrategy 'RollingUpdate' (spec.updateStrategy.type is "OnDelete")` },
    ]);
  });

  it('accepts OnDelete without rollingUpdate, or with a rollingUpdate key that has no value', () => {
    assert.deepEqual(findingsOf(ID, sts('  updateStrategy:\n    type: OnDelete\n')), []);
    assert.deepEqual(findingsOf(ID, sts('  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n')), []);
  });

  it('accepts rollingUpdate with RollingUpdate or with no type', () => {
    assert.deepEqual(findingsOf(ID, sts('  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate: {partition: 1}\n')), []);
    assert.deepEqual(findingsOf(ID, sts('  updateStrategy:\n    rollingUpdate: {partition: 1}\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
