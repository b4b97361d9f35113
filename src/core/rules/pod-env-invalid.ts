import { getKey, isSet, trimmedRange } from '../model/access';
import { atLeast } from '../model/kubernetesVersion';
import { dns1123SubdomainProblem, quote, relaxedEnvVarNameProblems, strictEnvVarNameProblems } from '../model/names';
import { itemsOf, nonEmptyString, templateContainers, type ListItem } from '../model/podTemplate';
import { isMap, isScalar, type Range, type YMap, type YNode } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';
import { ENV_MESSAGES as MESSAGES, type EnvMessageId } from './envMessages';
import { checkValueSources } from './envSources';


export default defineRule({
  id: 'pod-env-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'An `env` or `envFrom` entry of a container that the apiserver refuses: a missing name or one with `=` or non-printable characters, both `value` and `valueFrom`, a `valueFrom` with no source or with two, a `fieldRef.fieldPath` the downward API does not offer for env vars (`metadata.name`, `metadata.namespace`, `metadata.uid`, `spec.nodeName`, `spec.serviceAccountName`, `status.hostIP(s)`, `status.podIP(s)`, `metadata.labels[…]`, `metadata.annotations[…]`), a `resourceFieldRef.resource` other than `limits.`/`requests.` `cpu`, `memory`, `ephemeral-storage` or `hugepages-*`, a `resourceFieldRef.divisor` other than `1m`/`1` for cpu or a power of 1000 or 1024 written `1k`…`1E`, `1Ki`…`1Ei` (or `1`) for memory, ephemeral storage and hugepages, a key selector without a valid `key`, or an `envFrom` entry without exactly one of `configMapRef` and `secretRef` or whose name is no DNS-1123 subdomain. Since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate`). Names that only clusters before v1.32 refuse (starting with a digit, with spaces or `:`; the RelaxedEnvironmentVariableValidation gate) are errors when you target those versions and warnings otherwise, and so is a `resourceFieldRef.containerName` naming no container of the pod, which the apiserver accepts and the kubelet cannot resolve.',
      remediation:
        'Keep either `value` or `valueFrom`, give `valueFrom` exactly one source, use a supported `fieldPath` (`status.podIP`, not `status.podIp`), and name variables with letters, digits, `_`, `-` and `.`.',
      url: 'https://kubernetes.io/docs/tasks/inject-data-application/environment-variable-expose-pod-information/',
    },
    source: 'ValidateEnv',
  },
  messages: MESSAGES,
  check(ctx) {
    for (const container of templateContainers(ctx.resource)) {
      for (const item of itemsOf(container, 'env')) if (isMap(item.node)) checkEnvVar(ctx, item, item.node);
      for (const item of itemsOf(container, 'envFrom')) if (isMap(item.node)) checkEnvFrom(ctx, item, item.node);
    }
  },
});

function checkEnvVar(ctx: CheckContext<EnvMessageId>, item: ListItem, env: YMap): void {
  const path = `${item.path}.name`;
  const name = getKey(env, 'name');
  if (!isSet(name) || (isScalar(name) && name.value === '')) {
    ctx.report({ range: name?.keyRange ?? trimmedRange(env), path, messageId: 'required', args: [path] });
  } else if (isScalar(name) && typeof name.value === 'string') checkName(ctx, name.value, name.range, path);
  const valueFrom = getKey(env, 'valueFrom');
  if (isMap(valueFrom)) checkValueFrom(ctx, `${item.path}.valueFrom`, valueFrom, nonEmptyString(env, 'value') !== undefined);
}

/**
 * ValidateEnv's name check follows PodValidationOptions.AllowRelaxedEnvironmentVariableValidation,
 * that is the RelaxedEnvironmentVariableValidation gate: alpha in v1.30, on by default from v1.32
 * (pkg/features/kube_features.go). So IsRelaxedEnvVarName decides from v1.32, and IsEnvVarName's
 * stricter syntax before it; from v1.32 a name only older clusters refuse is a portability warning.
 */
const RELAXED_ENV_NAMES_SINCE = '1.32';

function checkName(ctx: CheckContext<EnvMessageId>, name: string, range: Range, path: string): void {
  const relaxed = relaxedEnvVarNameProblems(name);
  if (relaxed.length > 0) {
    ctx.report({ range, path, messageId: 'invalid', args: [path, quote(name), relaxed.join(', ')] });
    return;
  }
  const strict = strictEnvVarNameProblems(name);
  if (strict.length === 0) return;
  const args = [path, quote(name), strict.join(', ')];
  if (!atLeast(ctx.kubernetesVersion, RELAXED_ENV_NAMES_SINCE)) ctx.report({ range, path, messageId: 'invalid', args });
  else ctx.report({ range, path, messageId: 'strictName', severity: 'warning', args });
}

const SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'];

/** validateEnvVarValueFrom: each source is checked, then their number against `value`. */
function checkValueFrom(ctx: CheckContext<EnvMessageId>, path: string, valueFrom: YMap, hasValue: boolean): void {
  const count = SOURCES.filter((key) => isSet(getKey(valueFrom, key))).length;
  checkValueSources(ctx, path, valueFrom);
  const range = valueFrom.keyRange ?? valueFrom.range;
  if (count === 0) ctx.report({ range, path, messageId: 'noSource', args: [path] });
  else if (hasValue) ctx.report({ range, path, messageId: 'withValue', args: [path] });
  else if (count > 1) ctx.report({ range, path, messageId: 'twoSources', args: [path] });
}

/** ValidateEnvFrom: the prefix is an env var name; exactly one of configMapRef and secretRef, each with a name. */
function checkEnvFrom(ctx: CheckContext<EnvMessageId>, item: ListItem, source: YMap): void {
  const prefix = getKey(source, 'prefix');
  if (isScalar(prefix) && typeof prefix.value === 'string' && prefix.value !== '') checkName(ctx, prefix.value, prefix.range, `${item.path}.prefix`);
  let count = 0;
  for (const key of ['configMapRef', 'secretRef']) {
    const ref = getKey(source, key);
    if (!isSet(ref)) continue;
    count++;
    const namePath = `${item.path}.${key}.name`;
    if (isMap(ref) && nonEmptyString(ref, 'name') === undefined) ctx.report({ range: ref.keyRange ?? ref.range, path: namePath, messageId: 'required', args: [namePath] });
    else if (isMap(ref)) checkSourceName(ctx, getKey(ref, 'name'), namePath);
  }
  // Upstream reports these two at the envFrom list itself (fldPath, not the item's index).
  const path = item.path.slice(0, item.path.lastIndexOf('['));
  const range = trimmedRange(source);
  if (count === 0) ctx.report({ range, path, messageId: 'noEnvFromSource', args: [path] });
  else if (count > 1) ctx.report({ range, path, messageId: 'twoSources', args: [path] });
}

/**
 * validateConfigMapEnvSource / validateSecretEnvSource: ValidateConfigMapName and ValidateSecretName
 * with prefix=true, so a trailing `-` passes (NameIsDNSSubdomain masks it, as for generated names).
 */
function checkSourceName(ctx: CheckContext<EnvMessageId>, node: YNode | undefined, path: string): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const name = node.value;
  const masked = name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name;
  const problem = dns1123SubdomainProblem(masked);
  if (problem) ctx.report({ range: node.range, path, messageId: 'invalid', args: [path, quote(name), problem] });
}
