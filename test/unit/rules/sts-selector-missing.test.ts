import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-selector-missing';

function sts(spec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n${spec}`;
}

describe('sts-selector-missing', () => {
  it('reports a missing selector at the spec key', () => {
    const { text, range } = marked(sts('«spec»:\n  serviceName: nginx\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: 'spec.selector: Required value' }]);
  });

  it('reports a selector key without a value at the key', () => {
    const { text, range } = marked(sts('spec:\n  «selector»:\n  serviceName: nginx\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: 'spec.selector: Required value' }]);
  });

  it('says that apps/v1beta1 defaulted the selector, which apps/v1 no longer does', () => {
    const { text, range } = marked(sts('«spec»:\n  serviceName: nginx\n').replace('apps/v1', 'apps/v1beta1'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.selector: Required value (apps/v1beta1 defaulted it from the template labels; apps/v1 requires it)' },
    ]);
  });

  it('reports an empty selector', () => {
    const { text, range } = marked(sts('spec:\n  «selector»:\n    matchLabels: {}\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.selector: Invalid value: {}: empty selector is invalid for statefulset' },
    ]);
  });

  it('accepts a selector with matchLabels or only matchExpressions', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
    const expressions = sts('spec:\n  selector:\n    matchExpressions:\n    - {key: app, operator: Exists}\n');
    assert.deepEqual(findingsOf(ID, expressions), []);
  });
});
