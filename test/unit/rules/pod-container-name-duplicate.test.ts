import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'pod-container-name-duplicate';

function sts(podSpec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${podSpec}`;
}

describe('pod-container-name-duplicate', () => {
  it('reports the second of two containers with the same name', () => {
    const { text, range } = marked(sts('      containers:\n      - name: app\n        image: a\n      - name: «app»\n        image: b\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.spec.containers[1].name: Duplicate value: "app" (also spec.template.spec.containers[0].name)' },
    ]);
  });

  it('reports an init container named like a container, as pod validation does', () => {
    const { text, range } = marked(sts('      initContainers:\n      - name: «app»\n        image: a\n      containers:\n      - name: app\n        image: b\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.spec.initContainers[0].name: Duplicate value: "app" (also spec.template.spec.containers[0].name)' },
    ]);
  });

  it('accepts distinct names', () => {
    assert.deepEqual(findingsOf(ID, sts('      initContainers:\n      - name: init\n        image: a\n      containers:\n      - name: app\n        image: b\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
