import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { findingsOf, WEB_EXAMPLE } from '../helpers';
import { labelledStatefulSet, NGINX_MOUNTING_DATA } from './fixtures';
import { markedRanges, ruleTester } from './ruleTester';

const ID = 'vct-shadows-volume';
const statefulSet = (volumeName: string) =>
  labelledStatefulSet(
    `${NGINX_MOUNTING_DATA}      volumes:\n      - name: ${volumeName}\n        emptyDir: {}\n`,
    '  volumeClaimTemplates:\n  - metadata:\n      name: data\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
  );

ruleTester.run(findRule(ID)!, {
  valid: [{ name: 'accepts template volumes with other names', code: [statefulSet('scratch'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports a template volume replaced by the claim template of the same name',
      code: statefulSet('«data»'),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.template.spec.volumes[0].name "data" is replaced by the claim template of the same name (spec.volumeClaimTemplates[0]): a claim template takes precedence over a template volume, so this volume is never used',
          related: ['spec.volumeClaimTemplates[0].metadata.name "data"'],
        },
      ],
    },
  ],
});

describe(`${ID} related location`, () => {
  it('points at the claim template', () => {
    const { text } = markedRanges(statefulSet('«data»'));
    const claim = text.lastIndexOf('name: data') + 'name: '.length;
    assert.deepEqual(findingsOf(ID, text)[0].related, [
      { uri: 'file:///test.yaml', range: { start: claim, end: claim + 4 }, message: 'spec.volumeClaimTemplates[0].metadata.name "data"' },
    ]);
  });
});
