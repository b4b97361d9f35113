import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appPod, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const withPolicy = (items: string) => appPod('', `        resizePolicy:\n${items}`);
const PATH = 'spec.template.spec.containers[0].resizePolicy';
/** Init container lines (six spaces), then one container `app`. */
const withInit = (init: string) => appPod(`      initContainers:\n${init}`);

ruleTester.run(findRule('pod-resize-policy-invalid')!, {
  valid: [
    {
      name: 'accepts what validateResizePolicy accepts: cpu and memory once each, with a known policy',
      code: [WEB_EXAMPLE, withPolicy('        - {resourceName: cpu, restartPolicy: NotRequired}\n        - {resourceName: memory, restartPolicy: RestartContainer}\n')],
    },
    {
      name: 'accepts RestartContainer on a sidecar, and NotRequired on a plain init container, on v1.36',
      code: podTemplate(
        '      initContainers:\n      - name: proxy\n        image: proxy\n        restartPolicy: Always\n        resizePolicy: [{resourceName: cpu, restartPolicy: RestartContainer}]\n' +
          '      - name: setup\n        image: setup\n        resizePolicy: [{resourceName: memory, restartPolicy: NotRequired}]\n      containers:\n      - name: app\n        image: app\n',
      ),
    },
    {
      name: 'accepts RestartContainer on a plain init container on v1.35, where AllowSidecarResizePolicy lets any init container carry a resizePolicy',
      kubernetesVersion: '1.35',
      code: withInit('      - name: setup\n        image: setup\n        resizePolicy: [{resourceName: memory, restartPolicy: RestartContainer}]\n'),
    },
    {
      name: 'leaves resizePolicy alone before v1.33, where InPlacePodVerticalScaling is off and the field is dropped',
      kubernetesVersion: '1.32',
      code: withPolicy('        - {resourceName: gpu, restartPolicy: Sometimes}\n'),
    },
  ],
  invalid: [
    {
      name: 'reports RestartContainer on an init container that is no sidecar from v1.36 (kubernetes/kubernetes#137458), and changes it to NotRequired',
      code: withInit('      - name: setup\n        image: setup\n        resizePolicy: [{resourceName: memory, restartPolicy: «RestartContainer»}]\n'),
      errors: [
        {
          messageId: 'plainInitRestart',
          message:
            'spec.template.spec.initContainers[0].resizePolicy[0].restartPolicy: `RestartContainer` in the resizePolicy of init container "setup", which has no `restartPolicy: Always`: such init containers run to completion and are never resized, and from v1.36 the apiserver refuses this policy on them (kubernetes/kubernetes#137458)',
        },
      ],
      output: withInit('      - name: setup\n        image: setup\n        resizePolicy: [{resourceName: memory, restartPolicy: NotRequired}]\n'),
    },
    {
      name: 'validates an init container\'s resizePolicy like a container\'s from v1.33 (validateContainerCommon runs validateResizePolicy on it)',
      kubernetesVersion: '1.34',
      code: withInit('      - name: setup\n        image: setup\n        resizePolicy: [{resourceName: «gpu», restartPolicy: NotRequired}]\n'),
      errors: [{ messageId: 'unsupported', message: 'spec.template.spec.initContainers[0].resizePolicy: Unsupported value: "gpu": supported values: "cpu", "memory"' }],
    },
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
