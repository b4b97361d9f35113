import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-restart-policy-invalid';

function sts(podSpec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${podSpec}      containers:\n      - name: nginx\n        image: nginx\n`;
}

describe('sts-restart-policy-invalid', () => {
  it('reports restartPolicy Never in the apiserver wording', () => {
    const { text, range } = marked(sts('      restartPolicy: «Never»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"' },
    ]);
  });

  it('accepts Always and an omitted restartPolicy', () => {
    assert.deepEqual(findingsOf(ID, sts('      restartPolicy: Always\n')), []);
    assert.deepEqual(findingsOf(ID, sts('')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('does not look at the restartPolicy of a sidecar init container', () => {
    const podSpec = '      initContainers:\n      - name: proxy\n        image: envoy\n        restartPolicy: Always\n';
    assert.deepEqual(findingsOf(ID, sts(podSpec)), []);
  });
});
