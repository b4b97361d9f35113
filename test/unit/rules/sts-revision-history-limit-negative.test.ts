import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-revision-history-limit-negative';

function sts(value: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  revisionHistoryLimit: ${value}\n`;
}

describe('sts-revision-history-limit-negative', () => {
  it('reports a negative revisionHistoryLimit', () => {
    const { text, range } = marked(sts('«-1»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: 'spec.revisionHistoryLimit is -1: a negative limit is accepted but the controller then never deletes old ControllerRevisions',
      },
    ]);
  });

  it('accepts 0 and positive limits', () => {
    assert.deepEqual(findingsOf(ID, sts('0')), []);
    assert.deepEqual(findingsOf(ID, sts('10')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
