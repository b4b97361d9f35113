import * as assert from 'node:assert/strict';
import { applyFix, checkText, findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

describe('sts-api-version-removed', () => {
  it('reports a StatefulSet in apps/v1beta1 and names apps/v1', () => {
    const { text, range } = marked('apiVersion: «apps/v1beta1»\nkind: StatefulSet\nmetadata:\n  name: web\n');
    assert.deepEqual(summarize(findingsOf('sts-api-version-removed', text)), [
      {
        ruleId: 'sts-api-version-removed',
        range,
        message: 'apiVersion "apps/v1beta1" is no longer served for StatefulSet (removed in Kubernetes v1.16): use "apps/v1"',
      },
    ]);
  });

  it('accepts apps/v1', () => {
    assert.deepEqual(findingsOf('sts-api-version-removed', WEB_EXAMPLE), []);
  });

  it('fixes the apiVersion in place and leaves the rest byte-identical', () => {
    const text = '# keep me\napiVersion: apps/v1beta2 # old\nkind: StatefulSet\nmetadata:\n  name: web\n';
    assert.equal(applyFix('sts-api-version-removed', text), '# keep me\napiVersion: apps/v1 # old\nkind: StatefulSet\nmetadata:\n  name: web\n');
  });

  it('gives the docs example no error and no warning at all', () => {
    const serious = checkText(WEB_EXAMPLE).filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(summarize(serious), []);
  });
});
