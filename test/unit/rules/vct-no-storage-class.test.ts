import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { checkText, WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates } from './fixtures';
import { markedRanges, ruleTester } from './ruleTester';

const ID = 'vct-no-storage-class';
const statefulSet = (claimMetadata: string, claimSpec: string) =>
  withClaimTemplates(
    `  - metadata:\n      name: data\n${claimMetadata}    «spec»:\n      accessModes: [ReadWriteOnce]\n${claimSpec}      resources:\n        requests:\n          storage: 1Gi\n`,
  );
const unmarked = (text: string) => markedRanges(text).text;

ruleTester.run(findRule(ID)!, {
  valid: [
    {
      name: 'accepts a class, the empty class, and the beta annotation',
      code: [
        unmarked(statefulSet('', '      storageClassName: fast\n')),
        unmarked(statefulSet('', '      storageClassName: ""\n')),
        unmarked(statefulSet('      annotations:\n        volume.beta.kubernetes.io/storage-class: fast\n', '')),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'hints that a claim template without storageClassName relies on the default StorageClass',
      code: statefulSet('', ''),
      errors: [
        {
          messageId: 'messageNamed',
          message:
            'spec.volumeClaimTemplates[0].spec.storageClassName is not set (claim template "data"): the cluster\'s default StorageClass is used; without one the PVCs stay Pending',
          severity: 'hint',
        },
      ],
    },
  ],
});

describe(`${ID} severity`, () => {
  it('is only a hint: the manifest has no error or warning from it', () => {
    const serious = checkText(unmarked(statefulSet('', ''))).filter((d) => d.ruleId === ID && d.severity !== 'hint');
    assert.deepEqual(serious, []);
  });
});
