// ValidateServiceUpdate (kubernetes pkg/apis/core/validation/validation.go) for cluster IPs:
// validateUpgradeDowngradeClusterIPs refuses any change of a set clusterIPs entry ("may not change
// once set"), which is what makes headless <-> not headless impossible in place. What the live
// Service holds is not what the manifest says: the apiserver allocated an IP where none was
// written, and patchAllocatedValues (pkg/registry/core/service/storage) keeps the live values when
// an update leaves clusterIP / clusterIPs out (docs/change-model.md §2).
import { getPath, getSeq } from '../model/access';
import type { Resource } from '../model/resource';
import { CLUSTER_IP_NONE, clusterIPOf, clusterIPsOf, effectiveServiceType } from '../model/service';
import type { YNode } from '../model/types';
import { memoByPair } from './memo';

export type ClusterIPChange =
  /** clusterIPs[index] changed; `after` is the new list as the apiserver prints it. */
  | { readonly kind: 'changed'; readonly index: number; readonly before: string; readonly after: string; readonly node: YNode; readonly baselineNode?: YNode }
  /** The type became NodePort or LoadBalancer while the live Service keeps clusterIP None. */
  | { readonly kind: 'headlessKept'; readonly type: string; readonly node: YNode; readonly baselineNode?: YNode };

const NO_HEADLESS_TYPES = new Set(['NodePort', 'LoadBalancer']);

/** The cluster IPs a manifest writes (`clusterIPs`, else `clusterIP`); undefined when it writes none. */
function writtenClusterIPs(svc: Resource): string[] | undefined {
  const list = clusterIPsOf(svc).map((ip) => String(ip.value));
  if (list.length > 0) return list;
  const single = clusterIPOf(svc)?.value;
  return single === undefined ? undefined : [single];
}

function isHeadlessList(ips: readonly string[] | undefined): boolean {
  return ips !== undefined && ips.length === 1 && ips[0] === CLUSTER_IP_NONE;
}

/** The written node of clusterIPs[index] (or clusterIP for the first). */
function ipNode(svc: Resource, index: number): YNode | undefined {
  const list = getSeq(svc.root, 'spec.clusterIPs');
  if (list && list.items.length > 0) return list.items[index];
  return index === 0 ? getPath(svc.root, 'spec.clusterIP') : undefined;
}

/** The first index validateUpgradeDowngradeClusterIPs reports, or undefined when it reports none. */
function changedIndex(before: readonly string[], after: readonly string[]): number | undefined {
  if (before.length === after.length) {
    const index = before.findIndex((ip, i) => ip !== after[i]);
    return index === -1 ? undefined : index;
  }
  return after.length > 0 && before.length > 0 && after[0] !== before[0] ? 0 : undefined;
}

/** What ValidateServiceUpdate refuses about cluster IPs, going from `baseline` to `edited`. Remembered per pair of parses. */
export const findClusterIPChanges = memoByPair(clusterIPChanges);

function clusterIPChanges(edited: Resource, baseline: Resource): ClusterIPChange[] {
  const type = effectiveServiceType(edited);
  if (type === 'ExternalName' || effectiveServiceType(baseline) === 'ExternalName') return []; // upstream bails out
  const before = writtenClusterIPs(baseline);
  const after = writtenClusterIPs(edited);
  const baselineNode = ipNode(baseline, 0);
  if (after === undefined) {
    // patchAllocatedValues keeps the live clusterIP, None included, whatever the type now says.
    const typeNode = getPath(edited.root, 'spec.type');
    if (!isHeadlessList(before) || !NO_HEADLESS_TYPES.has(type) || !typeNode) return [];
    return [{ kind: 'headlessKept', type, node: typeNode, baselineNode }];
  }
  if (isHeadlessList(before) && isHeadlessList(after)) return [];
  // Nothing written in the baseline: the live Service has an allocated IP, which is never None.
  const index = before === undefined ? (after[0] === CLUSTER_IP_NONE ? 0 : undefined) : changedIndex(before, after);
  const node = index === undefined ? undefined : ipNode(edited, index);
  if (index === undefined || !node) return [];
  const shownBefore = before === undefined ? '(allocated)' : JSON.stringify(before);
  return [{ kind: 'changed', index, before: shownBefore, after: JSON.stringify(after), node, baselineNode }];
}
