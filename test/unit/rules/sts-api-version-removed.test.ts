import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { checkText, summarize, WEB_EXAMPLE } from '../helpers';
import { ruleTester } from './ruleTester';

ruleTester.run(findRule('sts-api-version-removed')!, {
  valid: [{ name: 'accepts apps/v1', code: WEB_EXAMPLE }],
  invalid: [
    {
      name: 'reports a StatefulSet in apps/v1beta1 and names apps/v1',
      code: 'apiVersion: «apps/v1beta1»\nkind: StatefulSet\nmetadata:\n  name: web\n',
      errors: [{ messageId: 'message', message: 'apiVersion "apps/v1beta1" is no longer served for StatefulSet (removed in Kubernetes v1.16): use "apps/v1"' }],
    },
    {
      name: 'fixes the apiVersion in place and leaves the rest byte-identical',
      code: '# keep me\napiVersion: «apps/v1beta2» # old\nkind: StatefulSet\nmetadata:\n  name: web\n',
      errors: [{ messageId: 'message', args: ['apps/v1beta2'] }],
      output: '# keep me\napiVersion: apps/v1 # old\nkind: StatefulSet\nmetadata:\n  name: web\n',
    },
  ],
});

describe('the docs example', () => {
  it('gives the docs example no error and no warning at all', () => {
    const serious = checkText(WEB_EXAMPLE).filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(summarize(serious), []);
  });
});
