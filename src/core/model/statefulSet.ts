// Read-only views of a StatefulSet with the apiserver's defaults applied (SetDefaults_StatefulSet,
// docs/validation.md §2), so rules never mistake an omitted field for a wrong one.
import { getKey, getNumber, getPath, getSeq, getString, toStringMap } from './access';
import { memoByRoot } from './memoByRoot';
import type { Resource } from './resource';
import { isMap, isScalar, type Located, type YMap, type YNode } from './types';

export type PodManagementPolicy = 'OrderedReady' | 'Parallel';
export type UpdateStrategyType = 'RollingUpdate' | 'OnDelete';

export function templateLabels(sts: Resource): Map<string, string> {
  return toStringMap(getPath(sts.root, 'spec.template.metadata.labels'));
}

/** `spec.replicas`, defaulting to 1. */
export function effectiveReplicas(sts: Resource): number {
  const replicas = getNumber(sts.root, 'spec.replicas')?.value;
  return replicas === undefined ? 1 : replicas;
}

/** `spec.ordinals.start`, defaulting to 0. */
export function startOrdinal(sts: Resource): number {
  return getNumber(sts.root, 'spec.ordinals.start')?.value ?? 0;
}

export function effectivePodManagementPolicy(sts: Resource): string {
  const value = getString(sts.root, 'spec.podManagementPolicy')?.value;
  return value === undefined || value === '' ? 'OrderedReady' : value;
}

export function effectiveUpdateStrategyType(sts: Resource): string {
  const value = getString(sts.root, 'spec.updateStrategy.type')?.value;
  return value === undefined || value === '' ? 'RollingUpdate' : value;
}

/** `spec.updateStrategy.rollingUpdate.partition`; 0 when unset (also when rollingUpdate is absent). */
export function effectivePartition(sts: Resource): number {
  return getNumber(sts.root, 'spec.updateStrategy.rollingUpdate.partition')?.value ?? 0;
}

export function serviceNameOf(sts: Resource): Located<string> | undefined {
  return getString(sts.root, 'spec.serviceName');
}

export interface ContainerRef {
  readonly node: YMap;
  /** `containers` or `initContainers`. */
  readonly list: 'containers' | 'initContainers';
  readonly index: number;
}

/** Containers and init containers of the pod template (both count for volume mounts); once per document. */
export const containersOf = memoByRoot((sts: Resource): readonly ContainerRef[] => {
  const out: ContainerRef[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    const seq = getSeq(sts.root, `spec.template.spec.${list}`);
    seq?.items.forEach((node, index) => {
      if (isMap(node)) out.push({ node, list, index });
    });
  }
  return out;
});

export interface NamedItem {
  readonly name: Located<string>;
  readonly node: YMap;
}

function namedItems(seq: YNode | undefined, namePath: string): NamedItem[] {
  if (seq?.kind !== 'seq') return [];
  const out: NamedItem[] = [];
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const name = getString(item, namePath);
    if (name) out.push({ name, node: item });
  }
  return out;
}

// The four below are read by a dozen volume and claim rules: once per document each.

/** `spec.volumeClaimTemplates[*]` with their `metadata.name`. */
export const claimTemplates = memoByRoot((sts: Resource): readonly NamedItem[] => namedItems(getPath(sts.root, 'spec.volumeClaimTemplates'), 'metadata.name'));

/** `spec.template.spec.volumes[*]` with their `name`. */
export const templateVolumes = memoByRoot((sts: Resource): readonly NamedItem[] => namedItems(getPath(sts.root, 'spec.template.spec.volumes'), 'name'));

/** Every `volumeMounts[*]` of every container and init container. */
export const volumeMounts = memoByRoot((sts: Resource): readonly NamedItem[] => containersOf(sts).flatMap((c) => namedItems(getKey(c.node, 'volumeMounts'), 'name')));

/** Every `volumeDevices[*]` (raw block devices, which also use claims) of every container and init container. */
export const volumeDevices = memoByRoot((sts: Resource): readonly NamedItem[] => containersOf(sts).flatMap((c) => namedItems(getKey(c.node, 'volumeDevices'), 'name')));

/** Pod names in ordinal order: `web-0`, `web-1`, … (honouring `ordinals.start`). */
export function podNames(sts: Resource, limit = Infinity): string[] {
  const name = sts.name?.value ?? '';
  const start = startOrdinal(sts);
  const count = Math.min(Math.max(0, effectiveReplicas(sts)), limit);
  return Array.from({ length: count }, (_, i) => `${name}-${start + i}`);
}

export function isNullScalar(node: YNode | undefined): boolean {
  return isScalar(node) && node.value === null;
}
