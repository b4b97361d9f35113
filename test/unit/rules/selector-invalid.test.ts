import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const VALUE_FORMAT =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')";

/** A StatefulSet `web` whose `spec.selector` is `selector` (lines under `selector:`), pods labelled `app: nginx`. */
function withSelector(selector: string): string {
  return statefulSet(`  selector:\n${selector}  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n`);
}

ruleTester.run(findRule('selector-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateLabelSelector accepts: In/NotIn with values, Exists/DoesNotExist without',
      code: [
        WEB_EXAMPLE,
        withSelector('    matchExpressions:\n    - {key: app, operator: In, values: [nginx]}\n    - {key: tier, operator: NotIn, values: [db]}\n    - {key: app, operator: Exists}\n    - {key: canary, operator: DoesNotExist, values: []}\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a miscased operator (ValidateLabelSelectorRequirement)',
      code: withSelector('    matchExpressions:\n    - key: app\n      operator: «in»\n      values: [nginx]\n'),
      errors: [{ messageId: 'invalid', message: 'spec.selector.matchExpressions[0].operator: Invalid value: "in": not a valid selector operator', data: { suggestion: 'In' } }],
      output: withSelector('    matchExpressions:\n    - key: app\n      operator: In\n      values: [nginx]\n'),
    },
    {
      name: 'reports In without values and Exists with values',
      code: withSelector('    matchExpressions:\n    - key: app\n      «operator»: In\n    - key: app\n      operator: Exists\n      «values»: [nginx]\n'),
      errors: [
        { messageId: 'required', message: "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'" },
        { messageId: 'forbidden', message: "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'" },
      ],
    },
    {
      name: 'reports an invalid value in matchLabels and in an expression',
      code: withSelector('    matchLabels:\n      app: «nginx!»\n    matchExpressions:\n    - {key: app, operator: In, values: [«a b»]}\n'),
      errors: [
        { messageId: 'invalid', args: ['spec.selector.matchLabels', '"nginx!"', VALUE_FORMAT] },
        { messageId: 'invalid', args: ['spec.selector.matchExpressions[0].values[0]', '"a b"', VALUE_FORMAT] },
      ],
    },
    {
      name: 'reports selectors of claim templates, topology spread constraints and pod anti-affinity terms',
      code: statefulSet(`  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      selector:
        matchExpressions: [{key: disk, operator: «Equals», values: [ssd]}]
  template:
    spec:
      topologySpreadConstraints:
      - maxSkew: 1
        labelSelector:
          matchExpressions: [{key: app, operator: «exists»}]
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 1
            podAffinityTerm:
              labelSelector: {matchLabels: {app: «a:b»}}
`),
      errors: [
        { messageId: 'invalid', args: ['spec.volumeClaimTemplates[0].spec.selector.matchExpressions[0].operator', '"Equals"', 'not a valid selector operator'] },
        { messageId: 'invalid', args: ['spec.template.spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].operator', '"exists"', 'not a valid selector operator'] },
        {
          messageId: 'invalid',
          args: ['spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchLabels', '"a:b"', VALUE_FORMAT],
        },
      ],
    },
  ],
});

ruleTester.run(findRule('sts-selector-mismatch')!, {
  valid: [
    {
      name: 'stays quiet about a malformed selector: LabelSelectorAsSelector fails, so ValidateStatefulSetSpec never compares it',
      code: [
        withSelector('    matchExpressions:\n    - {key: app, operator: in, values: [web]}\n'),
        withSelector('    matchLabels:\n      app: "web server"\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'still reports a well-formed selector that does not match',
      code: withSelector('    matchLabels:\n      app: web\n').replace('  selector:', '  «selector»:'),
      errors: [{ messageId: 'message' }],
    },
  ],
});
