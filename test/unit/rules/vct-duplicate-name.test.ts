import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { findingsOf, WEB_EXAMPLE } from '../helpers';
import { withClaimTemplates as statefulSet } from './fixtures';
import { markedRanges, ruleTester } from './ruleTester';

const ID = 'vct-duplicate-name';
const claim = (name: string, size: string) =>
  `  - metadata:\n      name: ${name}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: ${size}\n`;
const TWICE = statefulSet(claim('data', '1Gi') + claim('«data»', '10Gi'));

ruleTester.run(findRule(ID)!, {
  valid: [{ name: 'accepts distinct names', code: [statefulSet(claim('data', '1Gi') + claim('logs', '1Gi')), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports a second claim template with the same name',
      code: TWICE,
      errors: [
        {
          messageId: 'message',
          message:
            'spec.volumeClaimTemplates[1].metadata.name: Duplicate value: "data" is also the name of spec.volumeClaimTemplates[0]; only the last claim template of a name is used, the others are silently ignored',
          related: ['spec.volumeClaimTemplates[0].metadata.name "data"'],
        },
      ],
    },
  ],
});

describe(`${ID} related location`, () => {
  it('points at the first claim template of the name', () => {
    const { text } = markedRanges(TWICE);
    const first = text.indexOf('name: data\n    spec') + 'name: '.length;
    assert.deepEqual(findingsOf(ID, text)[0].related, [
      { uri: 'file:///test.yaml', range: { start: first, end: first + 4 }, message: 'spec.volumeClaimTemplates[0].metadata.name "data"' },
    ]);
  });
});
