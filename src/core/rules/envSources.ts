// The sources of an env var's `valueFrom` as validateEnvVarValueFrom checks each of them
// (validateObjectFieldSelector, validateContainerResourceFieldSelector, validateConfigMapKeySelector,
// validateSecretKeySelector), for the pod-env-invalid rule.
import { getKey, isSet } from '../model/access';
import { configMapKeyProblems, dns1123SubdomainProblem, quote } from '../model/names';
import { nonEmptyString, workloadContainerNames } from '../model/podTemplate';
import { isMap, isScalar, type YMap, type YNode } from '../model/types';
import type { CheckContext } from './defineRule';
import type { EnvMessageId } from './envMessages';
import { divisorProblem } from './resourceDivisor';

type Context = CheckContext<EnvMessageId>;

// validEnvDownwardAPIFieldPathExpressions, sorted as sets.List prints them.
const ENV_FIELD_PATHS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];
// The labels podshelper.ConvertDownwardAPIFieldLabel converts for v1 pods (spec.host is the old spec.nodeName).
const CONVERTIBLE = new Set([
  ...ENV_FIELD_PATHS, 'metadata.annotations', 'metadata.labels', 'spec.restartPolicy', 'spec.schedulerName', 'status.phase',
]);
// validContainerResourceFieldPathExpressions, sorted; `requests.hugepages-` and `limits.hugepages-` prefixes pass too.
const RESOURCE_FIELDS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];

const listed = (values: readonly string[]) => values.map((v) => quote(v)).join(', ');

export function checkValueSources(ctx: Context, path: string, valueFrom: YMap): void {
  const fieldRef = getKey(valueFrom, 'fieldRef');
  if (isMap(fieldRef)) checkFieldRef(ctx, `${path}.fieldRef`, fieldRef);
  const resourceFieldRef = getKey(valueFrom, 'resourceFieldRef');
  if (isMap(resourceFieldRef)) checkResourceFieldRef(ctx, `${path}.resourceFieldRef`, resourceFieldRef);
  for (const key of ['configMapKeyRef', 'secretKeyRef']) {
    const ref = getKey(valueFrom, key);
    if (!isMap(ref)) continue;
    checkRefName(ctx, `${path}.${key}.name`, ref);
    checkKey(ctx, `${path}.${key}.key`, ref);
  }
}

/** A required string field that is unset or empty (a value of another type is the schema check's). */
function isMissing(node: YNode | undefined): boolean {
  return !isSet(node) || (isScalar(node) && node.value === '');
}

function reportRequired(ctx: Context, path: string, node: YNode | undefined, owner: YMap): void {
  ctx.report({ range: node?.keyRange ?? owner.keyRange ?? owner.range, path, messageId: 'required', args: [path] });
}

/** validateObjectFieldSelector with the env var expressions; apiVersion defaults to v1 (SetDefaults_ObjectFieldSelector). */
function checkFieldRef(ctx: Context, path: string, ref: YMap): void {
  const node = getKey(ref, 'fieldPath');
  const fieldPathPath = `${path}.fieldPath`;
  if (isMissing(node)) return reportRequired(ctx, fieldPathPath, node, ref);
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const label = node.value;
  const conversion = convertFieldLabel(nonEmptyString(ref, 'apiVersion') ?? 'v1', label);
  if ('error' in conversion) {
    ctx.report({ range: node.range, path: fieldPathPath, messageId: 'invalid', args: [fieldPathPath, quote(label), `error converting fieldPath: ${conversion.error}`] });
  } else if (!conversion.subscripted && !ENV_FIELD_PATHS.includes(conversion.path)) {
    ctx.report({ range: node.range, path: fieldPathPath, messageId: 'unsupported', args: [fieldPathPath, quote(conversion.path), listed(ENV_FIELD_PATHS)] });
  }
}

/** podshelper.ConvertDownwardAPIFieldLabel, with fieldpath.SplitMaybeSubscriptedPath for `metadata.labels['app']`. */
function convertFieldLabel(version: string, label: string): { path: string; subscripted: boolean } | { error: string } {
  if (version !== 'v1') return { error: `unsupported pod version: ${version}` };
  const open = label.indexOf("['");
  if (label.endsWith("']") && open > 0 && open + 2 <= label.length - 2) {
    const base = label.slice(0, open);
    return base === 'metadata.annotations' || base === 'metadata.labels' ? { path: base, subscripted: true } : { error: `field label does not support subscript: ${label}` };
  }
  if (label === 'spec.host') return { path: 'spec.nodeName', subscripted: false };
  return CONVERTIBLE.has(label) ? { path: label, subscripted: false } : { error: `field label not supported: ${label}` };
}

/**
 * validateContainerResourceFieldSelector for env vars (the container name may be left out), with
 * validateContainerResourceDivisor on the divisor. The
 * apiserver never looks the container up; the kubelet does (findContainerInPod), and a name that
 * is no container of the pod keeps the container from starting: a warning.
 */
function checkResourceFieldRef(ctx: Context, path: string, ref: YMap): void {
  const containerName = getKey(ref, 'containerName');
  if (isScalar(containerName) && typeof containerName.value === 'string' && containerName.value !== '' && !workloadContainerNames(ctx.resource).has(containerName.value)) {
    const at = `${path}.containerName`;
    ctx.report({ range: containerName.range, path: at, severity: 'warning', messageId: 'containerNotFound', args: [at, quote(containerName.value)] });
  }
  const node = getKey(ref, 'resource');
  if (isMissing(node)) return reportRequired(ctx, `${path}.resource`, node, ref);
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const resource = node.value;
  if (!RESOURCE_FIELDS.includes(resource) && !resource.startsWith('requests.hugepages-') && !resource.startsWith('limits.hugepages-')) {
    return ctx.report({ range: node.range, path: `${path}.resource`, messageId: 'unsupported', args: [`${path}.resource`, quote(resource), listed(RESOURCE_FIELDS)] });
  }
  const divisor = getKey(ref, 'divisor');
  const problem = isScalar(divisor) && (typeof divisor.value === 'string' || typeof divisor.value === 'number') ? divisorProblem(resource, divisor.value) : undefined;
  // Upstream shows the resource as the refused value, at the divisor's path.
  if (problem && divisor) ctx.report({ range: divisor.range, path: `${path}.divisor`, messageId: 'invalid', args: [`${path}.divisor`, quote(resource), problem] });
}

/**
 * validateConfigMapKeySelector / validateSecretKeySelector: the name is a DNS-1123 subdomain
 * (ValidateSecretName). An empty or unset name is left alone: older apiservers did not check it.
 */
function checkRefName(ctx: Context, path: string, ref: YMap): void {
  const node = getKey(ref, 'name');
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') return;
  const problem = dns1123SubdomainProblem(node.value);
  if (problem) ctx.report({ range: node.range, path, messageId: 'invalid', args: [path, quote(node.value), problem] });
}

/** validateConfigMapKeySelector / validateSecretKeySelector: `key` is required and a valid config key. */
function checkKey(ctx: Context, path: string, ref: YMap): void {
  const node = getKey(ref, 'key');
  if (isMissing(node)) return reportRequired(ctx, path, node, ref);
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const problems = configMapKeyProblems(node.value);
  if (problems.length > 0) ctx.report({ range: node.range, path, messageId: 'invalid', args: [path, quote(node.value), problems.join(', ')] });
}
