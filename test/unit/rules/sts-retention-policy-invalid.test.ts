import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-retention-policy-invalid';

function sts(policy: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  persistentVolumeClaimRetentionPolicy:\n${policy}`;
}

describe('sts-retention-policy-invalid', () => {
  it('reports a lowercase whenDeleted value', () => {
    const { text, range } = marked(sts('    whenDeleted: «delete»\n    whenScaled: Retain\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "delete": supported values: "Retain", "Delete"',
      },
    ]);
  });

  it('reports an unknown whenScaled value', () => {
    const { text, range } = marked(sts('    whenScaled: «Remove»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: 'spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value: "Remove": supported values: "Retain", "Delete"',
      },
    ]);
  });

  it('accepts Retain, Delete and empty values (defaulted to Retain)', () => {
    assert.deepEqual(findingsOf(ID, sts('    whenDeleted: Delete\n    whenScaled: Retain\n')), []);
    assert.deepEqual(findingsOf(ID, sts('    whenDeleted: ""\n    whenScaled:\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
