import { getKey } from '../model/access';
import { invalid, unsupported } from '../model/fieldProblem';
import { atLeast } from '../model/kubernetesVersion';
import { quote } from '../model/names';
import { POD_SPEC_PATH, podSpecOf } from '../model/podSpec';
import { templateContainers, type TemplateContainer } from '../model/podTemplate';
import { isMap, isScalar, isSeq, type YMap, type YNode } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';
import {
  appArmorProblems,
  idProblems,
  seccompProblems,
  stringField,
  supplementalGroupProblems,
  sysctlProblems,
  type HostNamespaces,
  type SecurityProblem,
} from './securityContextChecks';

const MESSAGES = {
  ...problemMessages('invalid', 'required', 'unsupported', 'duplicate'),
  privilegedNoEscalation: '{0}: Invalid value: the security context (allowPrivilegeEscalation: false, privileged: true): cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
  sysAdminNoEscalation:
    '{0}: Invalid value: the security context (allowPrivilegeEscalation: false, capabilities.add: [CAP_SYS_ADMIN]): cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
  'fix.spelling': 'Change to {0}',
  rootWithNonRoot:
    '{0}: runAsUser is 0 while runAsNonRoot is true: the apiserver accepts it, but the kubelet refuses to start container {1} (CreateContainerConfigError: container\'s runAsUser breaks non-root policy)',
} as const;
type MessageId = keyof typeof MESSAGES;
type Context = CheckContext<MessageId>;

const POD_PATH = `${POD_SPEC_PATH}.securityContext`;
// validFSGroupChangePolicies, sorted as NotSupported lists them.
const FS_GROUP_CHANGE_POLICIES = ['Always', 'OnRootMismatch'];
// ValidateProcMountType's values.
const PROC_MOUNT_TYPES = ['Default', 'Unmasked'];
/**
 * The ProcMountType gate is on by default from v1.33 (beta since v1.31, off by default there). While
 * it is off, dropDisabledProcMountField drops `procMount` before validation, so nothing is refused.
 */
const PROC_MOUNT_CHECKED_SINCE = '1.33';
// validSupplementalGroupsPolicies, sorted as NotSupported lists them.
const SUPPLEMENTAL_GROUPS_POLICIES = ['Merge', 'Strict'];
/**
 * The SupplementalGroupsPolicy gate is on by default from v1.33 (alpha since v1.31, off there);
 * while it is off, dropDisabledFields drops `supplementalGroupsPolicy` before validation.
 */
const SUPPLEMENTAL_GROUPS_POLICY_SINCE = '1.33';

export default defineRule({
  id: 'pod-security-context-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A pod or container `securityContext` that the apiserver refuses: a `runAsUser`, `runAsGroup`, `fsGroup` or `supplementalGroups` id outside 0–2147483647, `allowPrivilegeEscalation: false` together with `privileged: true` or an added `CAP_SYS_ADMIN`, a seccomp or AppArmor profile whose `type` is unknown or whose `localhostProfile` is missing with `Localhost` or set with another type, a sysctl name that is malformed or repeated, a network sysctl (`net.*`) with `hostNetwork: true` or an IPC one (`kernel.shm*`, `kernel.msg*`, `kernel.sem`, `fs.mqueue.*`) with `hostIPC: true`, an unknown `fsGroupChangePolicy`, or (from v1.33, where the ProcMountType and SupplementalGroupsPolicy gates are on) a `procMount` other than `Default`/`Unmasked`, `Unmasked` without `hostUsers: false`, or a `supplementalGroupsPolicy` other than `Merge`/`Strict`. Since v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation (`FailedCreate`). `runAsNonRoot: true` with `runAsUser: 0` is accepted and then the kubelet refuses to start the container: a warning. Capability names are not checked: upstream accepts any.',
      remediation:
        'Use ids in 0–2147483647; drop `allowPrivilegeEscalation: false` from a privileged container (privilege implies escalation); give `localhostProfile` only with `type: Localhost`; name sysctls like `net.core.somaxconn`, and drop namespaced ones from a pod that shares the host network or IPC namespace (they would change the node settings); run as a non-zero user when `runAsNonRoot` is true.',
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
    },
    source: 'ValidateSecurityContext',
  },
  messages: MESSAGES,
  check(ctx) {
    const podSpec = podSpecOf(ctx.resource);
    const pod = getKey(podSpec, 'securityContext');
    if (isMap(pod)) reportProblems(ctx, podProblems(pod, hostNamespaces(podSpec), atLeast(ctx.kubernetesVersion, SUPPLEMENTAL_GROUPS_POLICY_SINCE)));
    checkSharedProcesses(ctx, podSpec);
    const podContext = isMap(pod) ? pod : undefined;
    const reported = new Set<YNode>();
    for (const container of templateContainers(ctx.resource)) {
      const own = getKey(container.node, 'securityContext');
      const sc = isMap(own) ? own : undefined;
      if (sc) checkContainer(ctx, sc, `${container.path}.securityContext`, hostUsers(podSpec));
      if (sc || podContext) checkNonRoot(ctx, container, sc, podContext, reported);
    }
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** validatePodSpecSecurityContext, in its order. */
function podProblems(sc: YMap, host: HostNamespaces, policyChecked: boolean): SecurityProblem[] {
  const out = [...idProblems(sc, POD_PATH, ['fsGroup', 'runAsUser', 'runAsGroup']), ...supplementalGroupProblems(sc, POD_PATH), ...sysctlProblems(sc, POD_PATH, host)];
  out.push(...enumProblems(sc, 'fsGroupChangePolicy', FS_GROUP_CHANGE_POLICIES));
  out.push(...seccompProblems(sc, POD_PATH), ...appArmorProblems(sc, POD_PATH));
  if (policyChecked) out.push(...enumProblems(sc, 'supplementalGroupsPolicy', SUPPLEMENTAL_GROUPS_POLICIES));
  return out;
}

/** validateFSGroupChangePolicy, validateSupplementalGroupsPolicy: a string field outside its set. */
function enumProblems(sc: YMap, key: string, supported: readonly string[]): SecurityProblem[] {
  const value = stringField(sc, key);
  return value && !supported.includes(value.value) ? [unsupported(`${POD_PATH}.${key}`, value.node.range, value.value, supported)] : [];
}

/** v1 keeps `hostNetwork` and `hostIPC` in the pod spec; the internal security context, which ValidateHostSysctl reads, has them. */
function hostNamespaces(podSpec: YMap | undefined): HostNamespaces {
  return { hostNetwork: flag(podSpec, 'hostNetwork'), hostIPC: flag(podSpec, 'hostIPC') };
}

/**
 * v1 keeps `hostPID` and `shareProcessNamespace` in the pod spec; the internal type moves them into
 * the security context, which is where upstream's path puts the error.
 */
function checkSharedProcesses(ctx: Context, podSpec: YMap | undefined): void {
  const shared = getKey(podSpec, 'shareProcessNamespace');
  if (!flag(podSpec, 'hostPID') || !shared || !flag(podSpec, 'shareProcessNamespace')) return;
  reportProblems(ctx, [invalid(`${POD_PATH}.shareProcessNamespace`, shared.range, true, 'ShareProcessNamespace and HostPID cannot both be enabled')]);
}

/** `spec.hostUsers` defaults to true: the pod shares the host's user namespace. */
function hostUsers(podSpec: YNode | undefined): boolean {
  const node = getKey(podSpec, 'hostUsers');
  return !(isScalar(node) && node.value === false);
}

/** ValidateSecurityContext, in its order. */
function checkContainer(ctx: Context, sc: YMap, path: string, sharesHostUsers: boolean): void {
  const problems = idProblems(sc, path, ['runAsUser', 'runAsGroup']);
  const procMount = stringField(sc, 'procMount');
  if (procMount && atLeast(ctx.kubernetesVersion, PROC_MOUNT_CHECKED_SINCE)) {
    const at = `${path}.procMount`;
    if (!PROC_MOUNT_TYPES.includes(procMount.value)) problems.push(unsupported(at, procMount.node.range, procMount.value, PROC_MOUNT_TYPES));
    else if (procMount.value === 'Unmasked' && sharesHostUsers) problems.push(invalid(at, procMount.node.range, procMount.value, '`hostUsers` must be false to use `Unmasked`'));
  }
  problems.push(...seccompProblems(sc, path));
  reportProblems(ctx, problems);
  const escalation = getKey(sc, 'allowPrivilegeEscalation');
  if (isScalar(escalation) && escalation.value === false) {
    const range = escalation.range;
    if (flag(sc, 'privileged')) ctx.report({ range, path, messageId: 'privilegedNoEscalation', args: [path] });
    const added = getKey(getKey(sc, 'capabilities'), 'add');
    for (const cap of isSeq(added) ? added.items : []) {
      if (isScalar(cap) && cap.value === 'CAP_SYS_ADMIN') ctx.report({ range: cap.range, path, messageId: 'sysAdminNoEscalation', args: [path] });
    }
  }
  reportProblems(ctx, appArmorProblems(sc, path));
}

function flag(sc: YMap | undefined, key: string): boolean {
  const node = getKey(sc, key);
  return isScalar(node) && node.value === true;
}

/**
 * The kubelet's verifyRunAsNonRoot: a container whose effective runAsNonRoot is true (its own, else
 * the pod's) and whose effective runAsUser is 0 never starts. Reported once per runAsUser written.
 */
function checkNonRoot(ctx: Context, container: TemplateContainer, sc: YMap | undefined, pod: YMap | undefined, reported: Set<YNode>): void {
  const user = effective(sc, pod, 'runAsUser');
  if (!user || !isScalar(user.node) || user.node.value !== 0 || reported.has(user.node)) return;
  const nonRoot = effective(sc, pod, 'runAsNonRoot');
  if (!nonRoot || !isScalar(nonRoot.node) || nonRoot.node.value !== true) return;
  reported.add(user.node);
  const path = `${user.owner === sc ? `${container.path}.securityContext` : POD_PATH}.runAsUser`;
  ctx.report({ range: user.node.range, path, severity: 'warning', messageId: 'rootWithNonRoot', args: [path, containerName(container)] });
}

function effective(container: YMap | undefined, pod: YMap | undefined, key: string): { node: YNode; owner: YMap } | undefined {
  const own = getKey(container, key);
  if (container && own !== undefined && !(isScalar(own) && own.value === null)) return { node: own, owner: container };
  const inherited = getKey(pod, key);
  return pod && inherited !== undefined ? { node: inherited, owner: pod } : undefined;
}

function containerName(container: TemplateContainer): string {
  const name = stringField(container.node, 'name');
  return name ? quote(name.value) : container.path;
}
