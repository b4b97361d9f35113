import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const tolerations = (items: string) => podTemplate(`      tolerations:\n${items}`);

ruleTester.run(findRule('pod-toleration-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateTolerations accepts: Equal with a value, Exists without, tolerate-everything, NoExecute with seconds',
      code: [
        WEB_EXAMPLE,
        tolerations('      - {key: dedicated, operator: Equal, value: db, effect: NoSchedule}\n      - {key: gpu, value: "true"}\n      - {operator: Exists}\n      - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30}\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a value with operator Exists',
      code: tolerations('      - {key: dedicated, operator: Exists, value: «db»}\n'),
      errors: [{ messageId: 'invalid', message: `spec.template.spec.tolerations[0].operator: Invalid value: "db": value must be empty when \`operator\` is 'Exists'` }],
    },
    {
      name: 'reports an empty key without operator Exists',
      code: tolerations('      - {operator: «Equal», value: ""}\n'),
      errors: [{ messageId: 'invalid', message: 'spec.template.spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"' }],
    },
    {
      name: 'reports tolerationSeconds without NoExecute, and a miscased effect with its exact spelling',
      code: tolerations('      - {key: a, operator: Exists, effect: «NoSchedule», tolerationSeconds: 30}\n      - {key: b, operator: Exists, effect: «noSchedule»}\n'),
      errors: [
        { messageId: 'invalid', message: "spec.template.spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set" },
        { messageId: 'unsupported', message: 'spec.template.spec.tolerations[1].effect: Unsupported value: "noSchedule": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"' },
      ],
    },
    {
      name: 'reports an unknown operator',
      code: tolerations('      - {key: a, operator: «In», value: b}\n'),
      errors: [{ messageId: 'unsupported', message: 'spec.template.spec.tolerations[0].operator: Unsupported value: "In": supported values: "Equal", "Exists"' }],
    },
  ],
});
