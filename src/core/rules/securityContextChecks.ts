// The parts of a security context that the pod's and each container's share, as upstream checks
// them (pkg/apis/core/validation/validation.go): user and group ids (IsValidUserID,
// IsValidGroupID), the seccomp profile (validateSeccompProfileField), the AppArmor profile
// (ValidateAppArmorProfileField) and the pod's sysctls (validateSysctls). Each returns the
// problems as field.Error would print them, for pod-security-context-invalid.
import { getKey } from '../model/access';
import { duplicate, invalid, missingRange, required, unsupported, type FieldProblem } from '../model/fieldProblem';
import { isMap, isScalar, isSeq, type YMap, type YNode } from '../model/types';

export type SecurityProblem = FieldProblem<'invalid' | 'required' | 'unsupported' | 'duplicate'>;

const MAX_ID = 2147483647;
/** validation.InclusiveRangeError(minUserID, maxUserID), the detail of IsValidUserID and IsValidGroupID. */
const ID_RANGE = `must be between 0 and ${MAX_ID}, inclusive`;

const isUnset = (node: YNode | undefined): boolean => node === undefined || (isScalar(node) && node.value === null);

/** A string field's value; undefined when unset or of another type (the schema check's). */
export function stringField(map: YMap, key: string): { value: string; node: YNode } | undefined {
  const node = getKey(map, key);
  return isScalar(node) && typeof node.value === 'string' ? { value: node.value, node } : undefined;
}

/** IsValidUserID / IsValidGroupID for each of `keys` that holds a number. */
export function idProblems(sc: YMap, path: string, keys: readonly string[]): SecurityProblem[] {
  const out: SecurityProblem[] = [];
  for (const key of keys) {
    const node = getKey(sc, key);
    if (isScalar(node) && typeof node.value === 'number' && !isValidId(node.value)) out.push(invalid(`${path}.${key}`, node.range, node.value, ID_RANGE));
  }
  return out;
}

/** The pod's `supplementalGroups`, each an IsValidGroupID. */
export function supplementalGroupProblems(sc: YMap, path: string): SecurityProblem[] {
  const groups = getKey(sc, 'supplementalGroups');
  if (!isSeq(groups)) return [];
  const out: SecurityProblem[] = [];
  groups.items.forEach((node, index) => {
    if (isScalar(node) && typeof node.value === 'number' && !isValidId(node.value)) out.push(invalid(`${path}.supplementalGroups[${index}]`, node.range, node.value, ID_RANGE));
  });
  return out;
}

function isValidId(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_ID;
}

// validateSeccompProfileType's values, in the order upstream lists them.
const SECCOMP_TYPES = ['RuntimeDefault', 'Unconfined', 'Localhost'];

/** validateSeccompProfileField: a known type; `localhostProfile` set exactly when the type is Localhost, and a relative path without `..`. */
export function seccompProblems(sc: YMap, path: string): SecurityProblem[] {
  const profile = getKey(sc, 'seccompProfile');
  if (!isMap(profile)) return [];
  const at = `${path}.seccompProfile`;
  const out: SecurityProblem[] = [];
  const type = stringField(profile, 'type');
  const local = getKey(profile, 'localhostProfile');
  if (isUnset(getKey(profile, 'type')) || type?.value === '') out.push(required(`${at}.type`, missingRange(profile, getKey(profile, 'type'))));
  else if (type && !SECCOMP_TYPES.includes(type.value)) out.push(unsupported(`${at}.type`, type.node.range, type.value, SECCOMP_TYPES));
  if (type?.value === 'Localhost') {
    const name = isScalar(local) && typeof local.value === 'string' ? local.value : '';
    if (name === '') out.push(required(`${at}.localhostProfile`, missingRange(profile, local), 'must be set when seccomp type is Localhost'));
    else if (local) out.push(...descendingPathProblems(name, `${at}.localhostProfile`, local));
  } else if (!isUnset(local) && local) {
    out.push(invalid(`${at}.localhostProfile`, local.range, isScalar(local) ? local.value : '', 'can only be set when seccomp type is Localhost'));
  }
  return out;
}

/** validateLocalDescendingPath: relative (path.IsAbs), and no `..` element (validatePathNoBacksteps); both may be reported. */
function descendingPathProblems(value: string, path: string, node: YNode): SecurityProblem[] {
  const out: SecurityProblem[] = [];
  if (value.startsWith('/')) out.push(invalid(path, node.range, value, 'must be a relative path'));
  if (value.split('/').includes('..')) out.push(invalid(path, node.range, value, "must not contain '..'"));
  return out;
}

// ValidateAppArmorProfileField lists Localhost, RuntimeDefault, Unconfined.
const APPARMOR_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];

function appArmorLocalhostProblems(profile: YMap, local: YNode | undefined, path: string): SecurityProblem[] {
  const name = isScalar(local) && typeof local.value === 'string' ? local.value : undefined;
  if (name === undefined || !local) return [required(path, missingRange(profile, local), 'must be set when AppArmor type is Localhost')];
  if (name.trim() !== name) return [invalid(path, local.range, name, 'must not be padded with whitespace')];
  return name === '' ? [required(path, local.range, 'must be set when AppArmor type is Localhost')] : [];
}

/** ValidateAppArmorProfileField: a known type; `localhostProfile` set, unpadded, exactly when the type is Localhost. */
export function appArmorProblems(sc: YMap, path: string): SecurityProblem[] {
  const profile = getKey(sc, 'appArmorProfile');
  if (!isMap(profile)) return [];
  const at = `${path}.appArmorProfile`;
  const typeNode = getKey(profile, 'type');
  const type = stringField(profile, 'type');
  const local = getKey(profile, 'localhostProfile');
  if (isUnset(typeNode) || type?.value === '') return [required(`${at}.type`, missingRange(profile, typeNode), 'type is required when appArmorProfile is set')];
  if (!type) return [];
  if (type.value === 'Localhost') return appArmorLocalhostProblems(profile, local, `${at}.localhostProfile`);
  if (!APPARMOR_TYPES.includes(type.value)) return [unsupported(`${at}.type`, type.node.range, type.value, APPARMOR_TYPES)];
  return !isUnset(local) && local ? [invalid(`${at}.localhostProfile`, local.range, isScalar(local) ? local.value : '', 'can only be set when AppArmor type is Localhost')] : [];
}

const SYSCTL_MAX_LENGTH = 253;
const SYSCTL_SEGMENT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
/** sysctlContainSlashRegexp as upstream prints it in the message. */
const SYSCTL_PATTERN = `^(${SYSCTL_SEGMENT}[\\./])*${SYSCTL_SEGMENT}$`;
const SYSCTL_NAME = new RegExp(SYSCTL_PATTERN);

/** The pod's host namespaces, which make the sysctls namespaced by them refused (ValidateHostSysctl). */
export interface HostNamespaces {
  readonly hostNetwork: boolean;
  readonly hostIPC: boolean;
}

/**
 * validateSysctls: each name set, at most 253 characters in sysctl syntax (`.` or `/` separated),
 * not repeated; and, for every name, ValidateHostSysctl (upstream runs it whatever else was wrong).
 */
export function sysctlProblems(sc: YMap, path: string, host: HostNamespaces): SecurityProblem[] {
  const sysctls = getKey(sc, 'sysctls');
  if (!isSeq(sysctls)) return [];
  const out: SecurityProblem[] = [];
  const seen = new Set<string>();
  sysctls.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const at = `${path}.sysctls[${index}].name`;
    const nameNode = getKey(item, 'name');
    const name = stringField(item, 'name');
    if (isUnset(nameNode) || name?.value === '') out.push(required(at, missingRange(item, nameNode)));
    else if (!name) return;
    else if (name.value.length > SYSCTL_MAX_LENGTH || !SYSCTL_NAME.test(name.value)) {
      out.push(invalid(at, name.node.range, name.value, `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ${SYSCTL_PATTERN}`));
    } else if (seen.has(name.value)) out.push(duplicate(at, name.node.range, name.value));
    if (!name) return;
    const shared = hostSysctlProblem(name.value, host);
    if (shared) out.push(invalid(at, name.node.range, name.value, shared));
    seen.add(name.value);
  });
  return out;
}

/** ValidateHostSysctl: a sysctl of the network (IPC) namespace in a pod that shares the host's. */
function hostSysctlProblem(name: string, host: HostNamespaces): string | undefined {
  const namespace = sysctlNamespace(name);
  if (host.hostNetwork && namespace === 'Net') return "may not be specified when 'hostNetwork' is true";
  if (host.hostIPC && namespace === 'IPC') return "may not be specified when 'hostIPC' is true";
  return undefined;
}

// component-helpers' sysctl.GetNamespace tables: whole names, then prefixes (each followed by a dot).
const IPC_SYSCTLS = new Set(['kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced', 'kernel.shm', 'kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.msg']);
const PREFIX_NAMESPACES: ReadonlyArray<readonly [string, 'Net' | 'IPC']> = [['net.', 'Net'], ['fs.mqueue.', 'IPC']];

/** sysctl.GetNamespace: the name normalised to dots, cut at the first `*`, looked up. */
export function sysctlNamespace(name: string): 'Net' | 'IPC' | undefined {
  let normal = normalizeSysctlName(name);
  const star = normal.indexOf('*');
  if (star !== -1) normal = normal.slice(0, star);
  if (IPC_SYSCTLS.has(normal)) return 'IPC';
  return PREFIX_NAMESPACES.find(([prefix]) => normal.startsWith(prefix))?.[1];
}

/** sysctl.NormalizeName: `net/ipv4/conf/eno2.100/rp_filter` (slash first) swaps dots and slashes. */
function normalizeSysctlName(name: string): string {
  const first = name.search(/[./]/);
  if (first === -1 || name[first] === '.') return name;
  return name.replace(/[./]/g, (ch) => (ch === '.' ? '/' : '.'));
}
