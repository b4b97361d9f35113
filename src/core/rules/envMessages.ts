// The messages of pod-env-invalid, apart so that envSources.ts can name their ids without an import cycle.
export const ENV_MESSAGES = {
  required: '{0}: Required value',
  invalid: '{0}: Invalid value: {1}: {2}',
  strictName:
    '{0}: Invalid value: {1}: {2} (refused by clusters before v1.32, where the RelaxedEnvironmentVariableValidation feature is off)',
  noSource: '{0}: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
  withValue: '{0}: Invalid value: "": may not be specified when `value` is not empty',
  twoSources: '{0}: Invalid value: "": may not have more than one field specified at a time',
  unsupported: '{0}: Unsupported value: {1}: supported values: {2}',
  noEnvFromSource: '{0}: Invalid value: "": must specify one of: `configMapRef` or `secretRef`',
  containerNotFound: '{0}: container {1} not found: the kubelet cannot resolve the variable and the container never starts (CreateContainerConfigError)',
} as const;
export type EnvMessageId = keyof typeof ENV_MESSAGES;
