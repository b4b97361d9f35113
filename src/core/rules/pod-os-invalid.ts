// The pod's operating system as ValidatePodSpec checks it (pkg/apis/core/validation/validation.go):
// validateOS first, and only when `spec.os` is valid, validateLinux or validateWindows, which forbid
// the security options of the other operating system in the pod and in every container.
import { getKey } from '../model/access';
import { forbidden, missingRange, required, unsupported, type FieldProblem } from '../model/fieldProblem';
import { atLeast, type KubernetesVersion } from '../model/kubernetesVersion';
import { POD_SPEC_PATH, podSpecOf } from '../model/podSpec';
import { templateContainers } from '../model/podTemplate';
import { isMap, isScalar, isSeq, type Range, type YMap, type YNode } from '../model/types';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';
import { stringField } from './securityContextChecks';

type OsProblem = FieldProblem<'required' | 'unsupported' | 'forbidden'>;

// validOS, sorted as NotSupported lists it.
const OSES = ['linux', 'windows'];
const NOT_FOR_WINDOWS = 'cannot be set for a windows pod';
const NOT_FOR_LINUX = 'windows options cannot be set for a linux pod';
/**
 * Fields a gate drops before validation on older targets, so a Windows pod may still carry them
 * there: hostUsers (UserNamespacesSupport), procMount (ProcMountType), supplementalGroupsPolicy
 * (SupplementalGroupsPolicy) and seLinuxChangePolicy (SELinuxChangePolicy), all on by default from v1.33.
 */
const GATED_SINCE: Readonly<Record<string, KubernetesVersion>> = { hostUsers: '1.33', procMount: '1.33', supplementalGroupsPolicy: '1.33', seLinuxChangePolicy: '1.33' };

/** How a field counts as set: a pointer that is not nil, a bool that is true, a list with items. */
type SetWhen = 'present' | 'true' | 'items';
type Field = readonly [key: string, setWhen: SetWhen];

// validateWindows, in its order: the v1 pod spec's fields (the internal type keeps them in its
// security context, but the paths are the pod spec's), the pod's security context, each container's.
const WINDOWS_POD_SPEC: readonly Field[] = [['hostUsers', 'present'], ['hostPID', 'true'], ['hostIPC', 'true'], ['shareProcessNamespace', 'present']];
const WINDOWS_POD_CONTEXT: readonly Field[] = [
  ['appArmorProfile', 'present'], ['seLinuxOptions', 'present'], ['seccompProfile', 'present'], ['fsGroup', 'present'], ['fsGroupChangePolicy', 'present'],
  ['sysctls', 'items'], ['runAsUser', 'present'], ['runAsGroup', 'present'], ['supplementalGroups', 'present'], ['supplementalGroupsPolicy', 'present'], ['seLinuxChangePolicy', 'present'],
];
const WINDOWS_CONTAINER_CONTEXT: readonly Field[] = [
  ['appArmorProfile', 'present'], ['seLinuxOptions', 'present'], ['seccompProfile', 'present'], ['capabilities', 'present'], ['readOnlyRootFilesystem', 'present'],
  ['privileged', 'present'], ['allowPrivilegeEscalation', 'present'], ['procMount', 'present'], ['runAsUser', 'present'], ['runAsGroup', 'present'],
];

export default defineRule({
  id: 'pod-os-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A pod `os.name` that is empty or not `linux`/`windows`; `windowsOptions` in a pod with `os.name: linux`; or, with `os.name: windows`, the Linux-only settings the apiserver forbids there: `hostPID`, `hostIPC`, `hostUsers`, `shareProcessNamespace`, and in the pod or container `securityContext` SELinux, seccomp and AppArmor profiles, user and group ids, `fsGroup`, sysctls, capabilities, `privileged`, `allowPrivilegeEscalation`, `readOnlyRootFilesystem` and `procMount`. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation (`FailedCreate`).',
      remediation: 'Set `os.name` to `linux` or `windows` and keep only that system\'s options: `securityContext.windowsOptions` for Windows, the Linux settings for Linux.',
      url: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-os',
    },
    source: 'validateOS',
  },
  messages: { ...problemMessages('required', 'unsupported', 'forbidden'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    const podSpec = podSpecOf(ctx.resource);
    const os = getKey(podSpec, 'os');
    if (!podSpec || !isMap(os)) return;
    const name = osProblem(os);
    if (name === undefined) return;
    if (typeof name !== 'string') return void reportProblems(ctx, [name]);
    const containers = templateContainers(ctx.resource).map((c) => ({ context: contextOf(c.node), path: `${c.path}.securityContext` }));
    const pod = { context: contextOf(podSpec), path: `${POD_SPEC_PATH}.securityContext` };
    if (name === 'linux') reportProblems(ctx, [pod, ...containers].flatMap((c) => linuxProblems(c.context, c.path)));
    else reportProblems(ctx, windowsProblems(podSpec, pod, containers, ctx.kubernetesVersion));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** validateOS: the name when valid, the problem when not, undefined when it is of another type (the schema check's). */
function osProblem(os: YMap): string | OsProblem | undefined {
  const node = getKey(os, 'name');
  if (node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
    return required(`${POD_SPEC_PATH}.os.name`, missingRange(os, node), 'cannot be empty');
  }
  const name = stringField(os, 'name');
  if (!name) return undefined;
  return OSES.includes(name.value) ? name.value : unsupported(`${POD_SPEC_PATH}.os`, name.node.range, name.value, OSES);
}

function contextOf(node: YMap): YMap | undefined {
  const context = getKey(node, 'securityContext');
  return isMap(context) ? context : undefined;
}

interface Context {
  readonly context: YMap | undefined;
  readonly path: string;
}

/** validateLinux, for one security context. */
function linuxProblems(context: YMap | undefined, path: string): OsProblem[] {
  const options = getKey(context, 'windowsOptions');
  return isSetNode(options, 'present') && options ? [forbidden(`${path}.windowsOptions`, keyRangeOf(options), NOT_FOR_LINUX)] : [];
}

/** validateWindows: every Linux-only field that is set, at its path. */
function windowsProblems(podSpec: YMap, pod: Context, containers: readonly Context[], version: KubernetesVersion): OsProblem[] {
  return [
    ...setFields(podSpec, WINDOWS_POD_SPEC, POD_SPEC_PATH, version),
    ...setFields(pod.context, WINDOWS_POD_CONTEXT, pod.path, version),
    ...containers.flatMap((c) => setFields(c.context, WINDOWS_CONTAINER_CONTEXT, c.path, version)),
  ];
}

function setFields(map: YMap | undefined, fields: readonly Field[], path: string, version: KubernetesVersion): OsProblem[] {
  if (!map) return [];
  const out: OsProblem[] = [];
  for (const [key, setWhen] of fields) {
    const since = GATED_SINCE[key];
    const node = getKey(map, key);
    if (node && isSetNode(node, setWhen) && (!since || atLeast(version, since))) out.push(forbidden(`${path}.${key}`, keyRangeOf(node), NOT_FOR_WINDOWS));
  }
  return out;
}

function isSetNode(node: YNode | undefined, setWhen: SetWhen): boolean {
  if (node === undefined || (isScalar(node) && node.value === null)) return false;
  if (setWhen === 'true') return isScalar(node) && node.value === true;
  return setWhen === 'items' ? isSeq(node) && node.items.length > 0 : true;
}

/** Findings on a forbidden field point at its key: the value may be a whole block. */
function keyRangeOf(node: YNode): Range {
  return node.keyRange ?? node.range;
}
