import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-max-unavailable-feature-gated';

function sts(value: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: ${value}\n`;
}

describe('sts-max-unavailable-feature-gated', () => {
  it('notes that maxUnavailable needs the MaxUnavailableStatefulSet gate, as information', () => {
    const { text, range } = marked(sts('«2»'));
    const found = findingsOf(ID, text);
    assert.deepEqual(summarize(found), [
      {
        ruleId: ID,
        range,
        message:
          'spec.updateStrategy.rollingUpdate.maxUnavailable 2 needs the MaxUnavailableStatefulSet feature gate (off by default before v1.35): without it the field is silently dropped and pods are updated one at a time',
      },
    ]);
    assert.equal(found[0].severity, 'information');
  });

  it('quotes a percentage', () => {
    const { text, range } = marked(sts('«50%»'));
    assert.deepEqual(summarize(findingsOf(ID, text)).map((f) => [f.range, f.message.slice(0, 60)]), [
      [range, 'spec.updateStrategy.rollingUpdate.maxUnavailable "50%" needs'],
    ]);
  });

  it('says nothing for 1 (same as without the gate), for invalid values, or without maxUnavailable', () => {
    assert.deepEqual(findingsOf(ID, sts('1')), []);
    assert.deepEqual(findingsOf(ID, sts('0')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
