import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (value: string) => statefulSet(`  revisionHistoryLimit: ${value}\n`);

ruleTester.run(findRule('sts-revision-history-limit-negative')!, {
  valid: [{ name: 'accepts 0 and positive limits', code: [sts('0'), sts('10'), WEB_EXAMPLE] }],
  invalid: [
    {
      name: 'reports a negative revisionHistoryLimit',
      code: sts('«-1»'),
      errors: [
        {
          messageId: 'message',
          message: 'spec.revisionHistoryLimit is -1: a negative limit is accepted but the controller then never deletes old ControllerRevisions',
        },
      ],
    },
  ],
});
