// Read-only views of a core/v1 Service as the apiserver sees it after defaulting (SetDefaults_Service)
// and the create strategy (normalizeClusterIPs copies `clusterIP` into an empty `clusterIPs`).
// docs/validation.md §2 (defaults) and §6 (Service rules).
import { getKey, getMap, getPath, getSeq, getString } from './access';
import { memoByRoot } from './memoByRoot';
import type { Resource } from './resource';
import { isMap, isScalar, type Located, type YMap, type YNode, type YScalar } from './types';

export const CLUSTER_IP_NONE = 'None';

/** `spec.type`, defaulting to `ClusterIP` (empty and unset alike). */
export function effectiveServiceType(svc: Resource): string {
  const value = getString(svc.root, 'spec.type')?.value;
  return value === undefined || value === '' ? 'ClusterIP' : value;
}

/** `spec.clusterIP` when it is a string; `""` counts as unset, as in Kubernetes. */
export function clusterIPOf(svc: Resource): Located<string> | undefined {
  const found = getString(svc.root, 'spec.clusterIP');
  return found && found.value !== '' ? found : undefined;
}

/** The string items of `spec.clusterIPs` (non-strings are the schema checker's business); once per document. */
export const clusterIPsOf = memoByRoot((svc: Resource): readonly YScalar[] => {
  const seq = getSeq(svc.root, 'spec.clusterIPs');
  return (seq?.items ?? []).filter((item): item is YScalar => isScalar(item) && typeof item.value === 'string');
});

/**
 * `isHeadlessService` after the create strategy: the effective clusterIPs are exactly `["None"]`.
 * `clusterIPs: [None]` without `clusterIP` counts too (the apiserver rejects that pairing, which
 * svc-cluster-ip-invalid reports; the Service is still meant to be headless).
 */
export function isHeadless(svc: Resource): boolean {
  if (effectiveServiceType(svc) === 'ExternalName') return false;
  const ips = clusterIPsOf(svc);
  if (ips.length > 0) return ips.length === 1 && ips[0].value === CLUSTER_IP_NONE;
  return clusterIPOf(svc)?.value === CLUSTER_IP_NONE;
}

/** The node that decides headlessness, to point at: `clusterIP`, else `clusterIPs[0]`. */
export function clusterIPNode(svc: Resource): YNode | undefined {
  const single = getPath(svc.root, 'spec.clusterIP');
  if (single && isScalar(single) && single.value !== null && single.value !== '') return single;
  const seq = getSeq(svc.root, 'spec.clusterIPs');
  return seq?.items[0];
}

/** `spec.selector` as a map node, when it holds at least one pair. */
export function serviceSelectorNode(svc: Resource): YMap | undefined {
  const selector = getMap(svc.root, 'spec.selector');
  return selector && selector.pairs.length > 0 ? selector : undefined;
}

export interface ServicePort {
  readonly node: YMap;
  readonly index: number;
  /** `port`, when it is a number. */
  readonly port: Located<number> | undefined;
  /** `protocol`, defaulting to TCP. */
  readonly protocol: string;
}

/** The map items of `spec.ports`, with their index in the list; once per document (six rules read them). */
export const servicePorts = memoByRoot((svc: Resource): readonly ServicePort[] => {
  const seq = getSeq(svc.root, 'spec.ports');
  const out: ServicePort[] = [];
  seq?.items.forEach((node, index) => {
    if (!isMap(node)) return;
    const port = getKey(node, 'port');
    const protocol = getString(node, 'protocol')?.value;
    out.push({
      node,
      index,
      port: isScalar(port) && typeof port.value === 'number' ? { value: port.value, range: port.range } : undefined,
      protocol: protocol === undefined || protocol === '' ? 'TCP' : protocol,
    });
  });
  return out;
});

// IP parsing as Go's net.ParseIP (via netutils.ParseIPSloppy, which also takes IPv4 leading zeros).
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function isIPv4(value: string): boolean {
  const match = IPV4.exec(value);
  return match !== null && match.slice(1).every((part) => Number(part) <= 255);
}

function isIPv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (text: string) => (text === '' ? [] : text.split(':'));
  const parts = halves.flatMap(groups);
  let count = parts.length;
  const last = parts[parts.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    parts.pop();
    count += 1; // an embedded IPv4 address takes two groups
  }
  if (!parts.every((part) => HEX_GROUP.test(part))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** Whether a string is an IPv4 or IPv6 address as Kubernetes parses them. */
export function isValidIP(value: string): boolean {
  return isIPv4(value) || (value.includes(':') && isIPv6(value));
}

export function isIPv6Address(value: string): boolean {
  return value.includes(':') && isIPv6(value);
}
