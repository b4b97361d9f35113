import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appPod, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const R = 'spec.template.spec.containers[0].resources';
/** One container `app` with `resources` lines (indented ten spaces, under limits/requests). */
const withResources = (lines: string) => appPod('', `        resources:\n${lines}`);

ruleTester.run(findRule('pod-resources-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateResourceRequirements accepts: equal values in other units, extended resources with equal limits, huge pages with memory',
      code: [
        withResources('          requests: {cpu: 500m, memory: 1Gi, ephemeral-storage: 1G}\n          limits: {cpu: "0.5", memory: 1024Mi}\n'),
        withResources('          requests: {cpu: 1, memory: 2e9}\n          limits: {cpu: 1500m, memory: 2G, nvidia.com/gpu: 1}\n'),
        withResources('          requests: {nvidia.com/gpu: 2, hugepages-2Mi: 100Mi, memory: 1Gi}\n          limits: {nvidia.com/gpu: "2", hugepages-2Mi: 100Mi}\n'),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports a request above its limit as ValidateResourceRequirements does, at the requests list',
      code: withResources('          requests:\n            cpu: «"2"»\n            memory: «1.5Gi»\n          limits:\n            cpu: 1\n            memory: 1Gi\n'),
      errors: [
        { messageId: 'aboveLimit', message: `${R}.requests: Invalid value: "2": must be less than or equal to cpu limit of 1` },
        { messageId: 'aboveLimit', message: `${R}.requests: Invalid value: "1.5Gi": must be less than or equal to memory limit of 1Gi` },
      ],
    },
    {
      name: 'reports extended resources requested without an equal limit, or in fractions (IsOvercommitAllowed, IsIntegerResourceName)',
      code: withResources('          requests:\n            nvidia.com/gpu: «1»\n            example.com/foo: «1»\n          limits:\n            nvidia.com/gpu: 2\n            example.com/bar: «0.5»\n'),
      errors: [
        { messageId: 'notEqual', message: `${R}.requests: Invalid value: "1": must be equal to nvidia.com/gpu limit of 2` },
        { messageId: 'limitRequired', message: `${R}.limits: Required value: Limit must be set for non overcommitable resources` },
        { messageId: 'notInteger', message: `${R}.limits[example.com/bar]: Invalid value: "0.5": must be an integer` },
      ],
    },
    {
      name: 'reports names validateContainerResourceName refuses and negative quantities (ValidateResourceQuantityValue)',
      code: withResources('          limits:\n            «mem»: 1Gi\n            «pods»: 1\n            cpu: «-1»\n'),
      errors: [
        { messageId: 'name', message: `${R}.limits[mem]: Invalid value: "mem": must be a standard resource type or fully qualified, must be a standard resource for containers` },
        { messageId: 'name', message: `${R}.limits[pods]: Invalid value: "pods": must be a standard resource for containers` },
        { messageId: 'negative', message: `${R}.limits[cpu]: Invalid value: "-1": must be greater than or equal to 0` },
      ],
    },
    {
      name: 'reports huge pages without cpu or memory',
      code: podTemplate('      containers:\n      - name: app\n        image: app\n        «resources»:\n          limits: {hugepages-1Gi: 2Gi}\n          requests: {hugepages-1Gi: 2Gi}\n'),
      errors: [{ messageId: 'hugePages', message: `${R}: Forbidden: HugePages require cpu or memory` }],
    },
  ],
});
