import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { container, statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const sts = (selector: string, labels: string) => statefulSet(`${selector}  template:\n    metadata:\n${labels}    spec:\n${container()}`);
const MATCH_NGINX = '  «selector»:\n    matchLabels:\n      app: nginx\n';

ruleTester.run(findRule('sts-selector-mismatch')!, {
  valid: [
    {
      name: 'accepts a selector that selects a subset of the labels, with NotIn and DoesNotExist',
      code: [
        sts(
          '  selector:\n    matchLabels:\n      app: nginx\n    matchExpressions:\n    - {key: tier, operator: NotIn, values: [web]}\n    - {key: canary, operator: DoesNotExist}\n',
          '      labels:\n        app: nginx\n        tier: db\n',
        ),
        WEB_EXAMPLE,
      ],
    },
    {
      name: 'leaves a missing or empty selector to sts-selector-missing',
      code: [sts('', '      labels:\n        app: web\n'), sts('  selector: {}\n', '      labels:\n        app: web\n')],
    },
  ],
  invalid: [
    {
      name: 'reports a matchLabels value the template labels lack, at the selector, naming both',
      code: sts(MATCH_NGINX, '      labels:\n        app: web\n'),
      errors: [
        {
          messageId: 'message',
          message: 'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels` (spec.selector requires app=nginx)',
        },
      ],
    },
    {
      name: 'evaluates matchExpressions too, and passes labels and selector as data for a fix',
      code: sts(`${MATCH_NGINX}    matchExpressions:\n    - {key: tier, operator: In, values: [db, cache]}\n`, '      labels:\n        app: nginx\n        tier: web\n'),
      errors: [
        {
          messageId: 'message',
          message:
            'spec.template.metadata.labels: Invalid value: {"app":"nginx","tier":"web"}: `selector` does not match template `labels` (spec.selector requires tier in (db,cache))',
          data: {
            templateLabels: { app: 'nginx', tier: 'web' },
            selector: { matchLabels: { app: 'nginx' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['db', 'cache'] }] },
          },
        },
      ],
    },
    {
      name: 'reports a template without labels',
      code: sts(MATCH_NGINX, '      annotations: {}\n'),
      errors: [
        { messageId: 'message', message: 'spec.template.metadata.labels: Invalid value: {}: `selector` does not match template `labels` (spec.selector requires app=nginx)' },
      ],
    },
  ],
});
