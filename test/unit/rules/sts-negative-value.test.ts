import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-negative-value';

function sts(spec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}`;
}

describe('sts-negative-value', () => {
  it('reports negative replicas in the apiserver wording', () => {
    const { text, range } = marked(sts('  replicas: «-1»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' },
    ]);
  });

  it('reports negative minReadySeconds', () => {
    const { text, range } = marked(sts('  minReadySeconds: «-10»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.minReadySeconds: Invalid value: -10: must be greater than or equal to 0' },
    ]);
  });

  it('reports a negative start ordinal under the path spec.ordinals.start', () => {
    const { text, range } = marked(sts('  ordinals:\n    start: «-3»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.ordinals.start: Invalid value: -3: must be greater than or equal to 0' },
    ]);
  });

  it('reports a negative partition when the strategy type is defaulted to RollingUpdate', () => {
    const { text, range } = marked(sts('  updateStrategy:\n    rollingUpdate:\n      partition: «-1»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0' },
    ]);
  });

  it('leaves a partition under OnDelete to sts-rolling-update-with-on-delete', () => {
    assert.deepEqual(findingsOf(ID, sts('  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: -1\n')), []);
  });

  it('accepts zero and positive values, and leaves strings to the schema check', () => {
    const spec = '  replicas: 0\n  minReadySeconds: 0\n  ordinals:\n    start: 5\n  updateStrategy:\n    rollingUpdate:\n      partition: 0\n';
    assert.deepEqual(findingsOf(ID, sts(spec)), []);
    assert.deepEqual(findingsOf(ID, sts('  replicas: "-1"\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
