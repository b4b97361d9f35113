// The rules whose upstream behaviour changed between minors, checked on both sides of the change
// (docs/validation.md §11): the version comes in as CheckOptions.kubernetesVersion.
import { findRule } from '../../../src/core/rules/index';
import { appPod, podTemplate, statefulSet, statefulSetWith, withClaimTemplates } from './fixtures';
import { ruleTester } from './ruleTester';

const PODS_FAIL = (version: string) => ` (a Kubernetes ${version} apiserver accepts the StatefulSet, then every pod creation fails: FailedCreate)`;
const CLAIMS_FAIL = (version: string) =>
  ` (a Kubernetes ${version} apiserver accepts the StatefulSet, then every claim creation fails: FailedCreate, and no pod starts)`;

const noImage = podTemplate('      containers:\n      - name: «nginx»\n');
ruleTester.run(findRule('pod-container-image-missing')!, {
  valid: [],
  invalid: [
    {
      name: 'ValidatePodTemplateSpec on create (kubernetes/kubernetes#131790, v1.34): from 1.34 the apiserver refuses the StatefulSet',
      kubernetesVersion: '1.34',
      code: noImage,
      errors: [{ messageId: 'messageNamed', message: 'spec.template.spec.containers[0].image: Required value (container "nginx")' }],
    },
    {
      name: 'ValidatePodTemplateSpec on create: a 1.33 target is told the set is accepted and every pod creation fails',
      kubernetesVersion: '1.33',
      code: noImage,
      errors: [{ messageId: 'messageNamed', message: `spec.template.spec.containers[0].image: Required value (container "nginx")${PODS_FAIL('1.33')}` }],
    },
  ],
});

const noAccessModes = withClaimTemplates('  - metadata:\n      name: data\n    «spec»:\n      resources:\n        requests:\n          storage: 1Gi\n');
const ACCESS_MODES = 'spec.volumeClaimTemplates[0].spec.accessModes: Required value: at least 1 access mode is required (claim template "data")';
ruleTester.run(findRule('vct-access-modes-missing')!, {
  valid: [],
  invalid: [
    { name: 'ValidatePersistentVolumeClaimSpec on create: refused from 1.34', kubernetesVersion: '1.34', code: noAccessModes, errors: [{ messageId: 'messageNamed', message: ACCESS_MODES }] },
    {
      name: 'ValidatePersistentVolumeClaimSpec on create: on 1.30 every claim creation fails instead',
      kubernetesVersion: '1.30',
      code: noAccessModes,
      errors: [{ messageId: 'messageNamed', message: `${ACCESS_MODES}${CLAIMS_FAIL('1.30')}` }],
    },
  ],
});

const SERVICE_NAME = "spec.serviceName: Invalid value: \"Nginx\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";
ruleTester.run(findRule('sts-service-name-invalid')!, {
  valid: [],
  invalid: [
    {
      name: 'ValidateStatefulSetSpec checks serviceName from 1.33 (kubernetes/kubernetes#130233)',
      kubernetesVersion: '1.33',
      code: statefulSet('  serviceName: «Nginx»\n'),
      errors: [{ messageId: 'message', message: SERVICE_NAME }],
    },
    {
      name: 'ValidateStatefulSetSpec before 1.33: the pods fail on their subdomain instead',
      kubernetesVersion: '1.32',
      code: statefulSet('  serviceName: «Nginx»\n'),
      errors: [{ messageId: 'message', message: `${SERVICE_NAME}${PODS_FAIL('1.32')}` }],
    },
  ],
});

const noServiceName = statefulSetWith('metadata:\n  name: web\n«spec»:\n  replicas: 2\n');
ruleTester.run(findRule('sts-service-name-missing')!, {
  valid: [],
  invalid: [
    {
      name: 'StatefulSetSpec.serviceName is optional in the 1.33 API (kubernetes/kubernetes#130233): a warning',
      kubernetesVersion: '1.33',
      code: noServiceName,
      errors: [{ messageId: 'message', severity: 'warning', args: ['is not set'] }],
    },
    {
      name: 'StatefulSetSpec.serviceName is required in the API schema before 1.33: an error',
      kubernetesVersion: '1.32',
      code: noServiceName,
      errors: [
        {
          messageId: 'requiredBefore',
          severity: 'error',
          message:
            "spec.serviceName is not set: the Kubernetes 1.32 API schema requires it (optional only from v1.33), so Helm, kubeconform and kubectl's client-side validation refuse the StatefulSet; the pods would also get no subdomain",
        },
      ],
    },
  ],
});

const C = 'spec.template.spec.containers[0]';
const withEnvName = (name: string) => appPod('', `        env:\n        - name: «${name}»\n          value: x\n`);
const STRICT = `${C}.env[0].name: Invalid value: "1ST": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`;
ruleTester.run(findRule('pod-env-invalid')!, {
  valid: [],
  invalid: [
    {
      name: 'ValidateEnv with RelaxedEnvironmentVariableValidation (on by default from 1.32): a strict-only name is a warning, with no pod-creation note (a 1.32 apiserver creates those pods)',
      kubernetesVersion: '1.32',
      code: withEnvName('1ST'),
      errors: [{ messageId: 'strictName', severity: 'warning', message: `${STRICT} (refused by clusters before v1.32, where the RelaxedEnvironmentVariableValidation feature is off)` }],
    },
    {
      name: 'ValidateEnv before 1.32 (IsEnvVarName): the same name is an error',
      kubernetesVersion: '1.31',
      code: withEnvName('1ST'),
      errors: [{ messageId: 'invalid', severity: 'error', message: `${STRICT}${PODS_FAIL('1.31')}` }],
    },
  ],
});

const sleepZero = (marked: string) => appPod('', `        lifecycle:\n          preStop:\n            sleep: {seconds: ${marked}}\n`);
ruleTester.run(findRule('pod-probe-invalid')!, {
  valid: [{ name: 'validateSleepAction with PodLifecycleSleepActionAllowZero (on by default from 1.33) accepts 0', kubernetesVersion: '1.33', code: sleepZero('0') }],
  invalid: [
    {
      name: 'validateSleepAction before 1.33 refuses a sleep of 0',
      kubernetesVersion: '1.32',
      code: sleepZero('«0»'),
      errors: [
        {
          messageId: 'sleepPositive',
          message: `${C}.lifecycle.preStop.sleep: Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30)${PODS_FAIL('1.32')}`,
        },
      ],
    },
  ],
});

const MAX_UNAVAILABLE = 'spec.updateStrategy.rollingUpdate.maxUnavailable';
const maxUnavailable = statefulSet('  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: «2»\n');
ruleTester.run(findRule('sts-max-unavailable-feature-gated')!, {
  valid: [],
  invalid: [
    {
      name: 'dropStatefulSetDisabledFields on 1.35, whose newest patches have MaxUnavailableStatefulSet off by default again (on only in 1.35.0–1.35.3, kubernetes#137926): a warning naming those patches',
      kubernetesVersion: '1.35',
      code: maxUnavailable,
      errors: [
        {
          messageId: 'droppedFromPatch',
          severity: 'warning',
          message:
            'spec.updateStrategy.rollingUpdate.maxUnavailable 2 is silently dropped on Kubernetes 1.35 from v1.35.4, where the MaxUnavailableStatefulSet feature gate is off by default again (on by default only in v1.35.0–v1.35.3): pods are updated one at a time unless the cluster enables the gate',
        },
      ],
    },
    {
      name: 'dropStatefulSetDisabledFields on 1.36, where MaxUnavailableStatefulSet stays off by default: a warning that the field is dropped',
      kubernetesVersion: '1.36',
      code: maxUnavailable,
      errors: [{ messageId: 'droppedOnTarget', severity: 'warning', args: [MAX_UNAVAILABLE, '2', '1.36'] }],
    },
    {
      name: 'dropStatefulSetDisabledFields on 1.34, where the gate is off by default: a warning that the field is dropped',
      kubernetesVersion: '1.34',
      code: maxUnavailable,
      errors: [{ messageId: 'droppedOnTarget', severity: 'warning', args: [MAX_UNAVAILABLE, '2', '1.34'] }],
    },
  ],
});
