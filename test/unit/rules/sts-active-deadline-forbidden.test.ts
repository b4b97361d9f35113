import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-active-deadline-forbidden';

function sts(podSpec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${podSpec}      containers:\n      - name: nginx\n        image: nginx\n`;
}

describe('sts-active-deadline-forbidden', () => {
  it('reports activeDeadlineSeconds in the pod template', () => {
    const { text, range } = marked(sts('      activeDeadlineSeconds: «600»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported (value 600)' },
    ]);
  });

  it('accepts a pod template without it, or with a key that has no value', () => {
    assert.deepEqual(findingsOf(ID, sts('')), []);
    assert.deepEqual(findingsOf(ID, sts('      activeDeadlineSeconds:\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
