import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const withPolicy = (items: string) => podTemplate(`      containers:\n      - name: app\n        image: app\n        resizePolicy:\n${items}`);
const PATH = 'spec.template.spec.containers[0].resizePolicy';

ruleTester.run(findRule('pod-resize-policy-invalid')!, {
  valid: [
    {
      name: 'accepts what validateResizePolicy accepts: cpu and memory once each, with a known policy',
      code: [WEB_EXAMPLE, withPolicy('        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: memory, restartPolicy: RestartContainer}\n')],
    },
    {
      name: 'leaves resizePolicy alone before v1.33, where InPlacePodVerticalScaling is off and the field is dropped',
      kubernetesVersion: '1.32',
      code: withPolicy('        - {resourceName: gpu, restartPolicy: Sometimes}\n'),
    },
  ],
  invalid: [
    {
      name: 'reports unknown resources and policies at the list path and a repeated resource at its index (validateResizePolicy)',
      code: withPolicy('        - {resourceName: «storage», restartPolicy: «notRequired»}\n        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: «cpu», restartPolicy: RestartContainer}\n'),
      errors: [
        { messageId: 'unsupported', message: `${PATH}: Unsupported value: "storage": supported values: "cpu", "memory"` },
        { messageId: 'unsupported', message: `${PATH}: Unsupported value: "notRequired": supported values: "NotRequired", "RestartContainer"` },
        { messageId: 'duplicate', message: `${PATH}[2]: Duplicate value: "cpu"` },
      ],
    },
    {
      name: 'reports a missing restartPolicy as Required value at the list path',
      code: withPolicy('        - «resourceName»: memory\n'),
      errors: [{ messageId: 'required', message: `${PATH}: Required value` }],
    },
  ],
});
