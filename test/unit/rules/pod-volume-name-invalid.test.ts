import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate, statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

ruleTester.run(findRule('pod-volume-name-invalid')!, {
  valid: [
    { name: 'accepts DNS-1123 label names (ValidateVolumes)', code: [WEB_EXAMPLE, podTemplate('      volumes:\n      - name: config-1\n        emptyDir: {}\n')] },
    {
      name: 'does not judge a template volume a claim template replaces (volumesToAddForTemplates)',
      code: statefulSet('  volumeClaimTemplates:\n  - metadata: {name: Data}\n  template:\n    spec:\n      volumes:\n      - name: Data\n        emptyDir: {}\n'),
    },
  ],
  invalid: [
    {
      name: 'reports a volume name with an underscore and one without a name (ValidateVolumes)',
      code: podTemplate('      volumes:\n      - name: «my_config»\n        configMap: {name: app}\n      - «emptyDir»: {}\n'),
      errors: [
        { messageId: 'invalid', message: `spec.template.spec.volumes[0].name: Invalid value: "my_config": ${LABEL_PROBLEM}` },
        { messageId: 'required', message: 'spec.template.spec.volumes[1].name: Required value' },
      ],
    },
    {
      name: 'prints the path the apiserver prints: claim volumes come first in the validated copy',
      code: statefulSet('  volumeClaimTemplates:\n  - metadata: {name: data}\n  - metadata: {name: logs}\n  template:\n    spec:\n      volumes:\n      - name: «Config»\n        emptyDir: {}\n'),
      errors: [{ messageId: 'invalid', args: ['spec.template.spec.volumes[2].name', '"Config"', LABEL_PROBLEM] }],
    },
  ],
});
