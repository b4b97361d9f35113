import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-selector-mismatch';

function sts(selector: string, labels: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${selector}  template:\n    metadata:\n${labels}    spec:\n      containers:\n      - name: nginx\n        image: nginx\n`;
}

describe('sts-selector-mismatch', () => {
  it('reports a matchLabels value the template labels lack, at the selector, naming both', () => {
    const { text, range } = marked(sts('  «selector»:\n    matchLabels:\n      app: nginx\n', '      labels:\n        app: web\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: 'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels` (spec.selector requires app=nginx)',
      },
    ]);
  });

  it('evaluates matchExpressions too, and passes labels and selector as data for a fix', () => {
    const selector = '  «selector»:\n    matchLabels:\n      app: nginx\n    matchExpressions:\n    - {key: tier, operator: In, values: [db, cache]}\n';
    const { text, range } = marked(sts(selector, '      labels:\n        app: nginx\n        tier: web\n'));
    const [finding] = findingsOf(ID, text);
    assert.deepEqual(summarize([finding]), [
      {
        ruleId: ID,
        range,
        message:
          'spec.template.metadata.labels: Invalid value: {"app":"nginx","tier":"web"}: `selector` does not match template `labels` (spec.selector requires tier in (db,cache))',
      },
    ]);
    assert.deepEqual(finding.data, {
      templateLabels: { app: 'nginx', tier: 'web' },
      selector: { matchLabels: { app: 'nginx' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['db', 'cache'] }] },
    });
  });

  it('reports a template without labels', () => {
    const { text, range } = marked(sts('  «selector»:\n    matchLabels:\n      app: nginx\n', '      annotations: {}\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.metadata.labels: Invalid value: {}: `selector` does not match template `labels` (spec.selector requires app=nginx)' },
    ]);
  });

  it('accepts a selector that selects a subset of the labels, with NotIn and DoesNotExist', () => {
    const selector = '  selector:\n    matchLabels:\n      app: nginx\n    matchExpressions:\n    - {key: tier, operator: NotIn, values: [web]}\n    - {key: canary, operator: DoesNotExist}\n';
    assert.deepEqual(findingsOf(ID, sts(selector, '      labels:\n        app: nginx\n        tier: db\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('leaves a missing or empty selector to sts-selector-missing', () => {
    assert.deepEqual(findingsOf(ID, sts('', '      labels:\n        app: web\n')), []);
    assert.deepEqual(findingsOf(ID, sts('  selector: {}\n', '      labels:\n        app: web\n')), []);
  });
});
