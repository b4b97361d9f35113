import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-termination-grace-zero';

function sts(value: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      terminationGracePeriodSeconds: ${value}\n      containers:\n      - name: app\n        image: app\n`;
}

describe('sts-termination-grace-zero', () => {
  it('reports a grace period of 0', () => {
    const { text, range } = marked(sts('«0»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          'spec.template.spec.terminationGracePeriodSeconds is 0: pods are killed without a graceful shutdown, which the StatefulSet documentation calls unsafe and strongly discouraged',
      },
    ]);
  });

  it('accepts a positive grace period', () => {
    assert.deepEqual(findingsOf(ID, sts('1')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
