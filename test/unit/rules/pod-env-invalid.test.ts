import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appPod, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const C = 'spec.template.spec.containers[0]';
/** One container `app` with `env` lines (indented eight spaces). */
const withEnv = (env: string) => appPod('', `        env:\n${env}`);
const withEnvFrom = (envFrom: string) => appPod('', `        envFrom:\n${envFrom}`);
const ENV_FIELDS = '"metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"';

ruleTester.run(findRule('pod-env-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateEnv and validateEnvVarValueFrom accept: one source each, downward API fields, labels by key, hugepages',
      code: [
        withEnv(
          '        - name: POD_NAME\n          valueFrom: {fieldRef: {fieldPath: metadata.name}}\n' +
            '        - name: my.env-name\n          value: x\n' +
            '        - name: APP\n          valueFrom: {fieldRef: {apiVersion: v1, fieldPath: "metadata.labels[\'app\']"}}\n' +
            '        - name: NODE\n          valueFrom: {fieldRef: {fieldPath: spec.host}}\n' +
            '        - name: MEM\n          valueFrom: {resourceFieldRef: {resource: limits.memory}}\n' +
            '        - name: HUGE\n          valueFrom: {resourceFieldRef: {resource: requests.hugepages-2Mi}}\n' +
            '        - name: PASSWORD\n          value: ""\n          valueFrom: {secretKeyRef: {name: db, key: password}}\n',
        ),
        withEnvFrom('        - configMapRef: {name: settings}\n        - prefix: DB_\n          secretRef: {name: db}\n'),
        WEB_EXAMPLE,
      ],
    },
  ],
  invalid: [
    {
      name: 'reports divisors validateContainerResourceDivisor refuses, by what Quantity.String() prints (1000m is 1 and passes, a quoted "1e3" keeps its exponent)',
      code: withEnv(
        '        - name: A\n          valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1000m}}\n' +
          '        - name: B\n          valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: «1k»}}\n' +
          '        - name: C\n          valueFrom: {resourceFieldRef: {resource: requests.memory, divisor: 1024Ki}}\n' +
          '        - name: D\n          valueFrom: {resourceFieldRef: {resource: requests.memory, divisor: «"1e3"»}}\n' +
          '        - name: E\n          valueFrom: {resourceFieldRef: {resource: limits.ephemeral-storage, divisor: «2Gi»}}\n',
      ),
      errors: [
        { messageId: 'invalid', message: `${C}.env[1].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource` },
        {
          messageId: 'invalid',
          message: `${C}.env[3].valueFrom.resourceFieldRef.divisor: Invalid value: "requests.memory": only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource`,
        },
        {
          messageId: 'invalid',
          message: `${C}.env[4].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.ephemeral-storage": only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the local ephemeral storage resource`,
        },
      ],
    },
    {
      name: 'reports envFrom source names that are no DNS subdomain (ValidateConfigMapName with prefix: a trailing dash passes)',
      code: withEnvFrom('        - configMapRef: {name: settings-}\n        - secretRef: {name: «Db_Creds»}\n'),
      errors: [
        {
          messageId: 'invalid',
          message: `${C}.envFrom[1].secretRef.name: Invalid value: "Db_Creds": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')`,
        },
      ],
    },
    {
      name: 'reports value together with valueFrom as validateEnvVarValueFrom does',
      code: withEnv('        - name: PASSWORD\n          value: hunter2\n          «valueFrom»:\n            secretKeyRef: {name: db, key: password}\n'),
      errors: [{ messageId: 'withValue', message: `${C}.env[0].valueFrom: Invalid value: "": may not be specified when \`value\` is not empty` }],
    },
    {
      name: 'reports a valueFrom with no source and one with two (validateEnvVarValueFrom)',
      code: withEnv('        - name: A\n          «valueFrom»: {}\n        - name: B\n          «valueFrom»:\n            fieldRef: {fieldPath: metadata.name}\n            secretKeyRef: {name: db, key: b}\n'),
      errors: [
        { messageId: 'noSource', message: `${C}.env[0].valueFrom: Invalid value: "": must specify one of: \`fieldRef\`, \`resourceFieldRef\`, \`configMapKeyRef\` or \`secretKeyRef\`` },
        { messageId: 'twoSources', message: `${C}.env[1].valueFrom: Invalid value: "": may not have more than one field specified at a time` },
      ],
    },
    {
      name: 'reports field paths validateObjectFieldSelector refuses: unknown, not offered for env vars, subscripted elsewhere, another version',
      code: withEnv(
        '        - name: A\n          valueFrom: {fieldRef: {fieldPath: «status.podIp»}}\n' +
          '        - name: B\n          valueFrom: {fieldRef: {fieldPath: «status.phase»}}\n' +
          '        - name: C\n          valueFrom: {fieldRef: {fieldPath: «"spec.nodeName[\'x\']"»}}\n' +
          '        - name: D\n          valueFrom: {fieldRef: {apiVersion: v2, fieldPath: «metadata.name»}}\n',
      ),
      errors: [
        { messageId: 'invalid', message: `${C}.env[0].valueFrom.fieldRef.fieldPath: Invalid value: "status.podIp": error converting fieldPath: field label not supported: status.podIp` },
        { messageId: 'unsupported', message: `${C}.env[1].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: ${ENV_FIELDS}` },
        {
          messageId: 'invalid',
          message: `${C}.env[2].valueFrom.fieldRef.fieldPath: Invalid value: "spec.nodeName['x']": error converting fieldPath: field label does not support subscript: spec.nodeName['x']`,
        },
        { messageId: 'invalid', message: `${C}.env[3].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name": error converting fieldPath: unsupported pod version: v2` },
      ],
    },
    {
      name: 'reports a resourceFieldRef resource and key selectors that validateContainerResourceFieldSelector and validateConfigMapKeySelector refuse',
      code: withEnv(
        '        - name: A\n          valueFrom: {resourceFieldRef: {resource: «cpu»}}\n' +
          '        - name: B\n          valueFrom: {«configMapKeyRef»: {name: settings}}\n' +
          '        - name: C\n          valueFrom: {secretKeyRef: {name: db, key: «"pass word"»}}\n',
      ),
      errors: [
        {
          messageId: 'unsupported',
          message: `${C}.env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "cpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"`,
        },
        { messageId: 'required', message: `${C}.env[1].valueFrom.configMapKeyRef.key: Required value` },
        {
          messageId: 'invalid',
          message: `${C}.env[2].valueFrom.secretKeyRef.key: Invalid value: "pass word": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
        },
      ],
    },
    {
      name: 'reports a key selector naming a ConfigMap or Secret that is no DNS subdomain (validateConfigMapKeySelector, validateSecretKeySelector: ValidateSecretName)',
      code: withEnv(
        '        - name: A\n          valueFrom: {configMapKeyRef: {name: «My_Settings», key: mode}}\n' +
          '        - name: B\n          valueFrom: {secretKeyRef: {name: db-credentials, key: password}}\n',
      ),
      errors: [
        {
          messageId: 'invalid',
          message: `${C}.env[0].valueFrom.configMapKeyRef.name: Invalid value: "My_Settings": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')`,
        },
      ],
    },
    {
      name: 'warns about a resourceFieldRef naming no container of the pod, which the kubelet’s findContainerInPod cannot find',
      code: podTemplate(
        '      initContainers:\n      - name: init\n        image: i\n' +
          '      containers:\n      - name: app\n        image: app\n        env:\n' +
          '        - {name: A, valueFrom: {resourceFieldRef: {containerName: init, resource: limits.cpu}}}\n' +
          '        - {name: B, valueFrom: {resourceFieldRef: {containerName: «sidecar», resource: limits.cpu}}}\n',
      ),
      errors: [
        {
          messageId: 'containerNotFound',
          severity: 'warning',
          message: `${C}.env[1].valueFrom.resourceFieldRef.containerName: container "sidecar" not found: the kubelet cannot resolve the variable and the container never starts (CreateContainerConfigError)`,
        },
      ],
    },
    {
      name: 'reports names IsRelaxedEnvVarName refuses as errors and names only IsEnvVarName refuses as warnings',
      code: withEnv('        - «value: x»\n        - name: «A=B»\n        - name: «1ST»\n        - name: «..x»\n'),
      errors: [
        { messageId: 'required', message: `${C}.env[0].name: Required value` },
        { messageId: 'invalid', message: `${C}.env[1].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='` },
        {
          messageId: 'strictName',
          severity: 'warning',
          message: `${C}.env[2].name: Invalid value: "1ST": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*') (refused by clusters before v1.32, where the RelaxedEnvironmentVariableValidation feature is off)`,
        },
        {
          messageId: 'strictName',
          severity: 'warning',
          message: `${C}.env[3].name: Invalid value: "..x": must not start with '..' (refused by clusters before v1.32, where the RelaxedEnvironmentVariableValidation feature is off)`,
        },
      ],
    },
    {
      name: 'reports envFrom entries ValidateEnvFrom refuses: no source, two sources, a source without a name, a bad prefix',
      code: withEnvFrom(
        '        - «prefix: X_»\n' +
          '        - «configMapRef: {name: a}\n          secretRef: {name: b}»\n' +
          '        - «secretRef»: {optional: true}\n' +
          '        - prefix: «"A B="»\n          configMapRef: {name: c}\n',
      ),
      errors: [
        { messageId: 'noEnvFromSource', message: `${C}.envFrom: Invalid value: "": must specify one of: \`configMapRef\` or \`secretRef\`` },
        { messageId: 'twoSources', message: `${C}.envFrom: Invalid value: "": may not have more than one field specified at a time` },
        { messageId: 'required', message: `${C}.envFrom[2].secretRef.name: Required value` },
        { messageId: 'invalid', message: `${C}.envFrom[3].prefix: Invalid value: "A B=": a valid environment variable name must consist only of printable ASCII characters other than '='` },
      ],
    },
  ],
});
