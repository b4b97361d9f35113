// The volumes of the pod template as the apiserver validates them (ValidateStatefulSetSpec since
// v1.34): a copy of the template whose volume list starts with one PVC volume per claim
// template name (volumesToAddForTemplates) and goes on with the template's own volumes whose names
// no claim template takes. Error paths index that list, so a template volume's path can differ from
// its place in the file. Upstream adds the claim volumes from a Go map, in no fixed order; here they
// keep the claim templates' order. Built once per document and shared by the pod-volume-* rules
// (docs/validation.md §8).
import { getKey, getSeq, getString, isSet } from './access';
import type { Resource } from './resource';
import { isMap, type Located, type YMap, type YNode } from './types';

// validateVolumeSource's order: a volume with several sources is refused at the second and later.
export const VOLUME_SOURCES = [
  'emptyDir', 'hostPath', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'flocker', 'persistentVolumeClaim', 'rbd', 'cinder', 'cephfs', 'quobyte', 'downwardAPI', 'fc',
  'flexVolume', 'configMap', 'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume',
  'azureDisk', 'storageos', 'projected', 'scaleIO', 'csi', 'ephemeral', 'image',
] as const;

export interface VolumeSource {
  readonly key: string;
  readonly node: YNode;
}

export interface TemplateVolume {
  readonly node: YMap;
  /** The path the apiserver prints: `spec.template.spec.volumes[<index in the validated list>]`. */
  readonly path: string;
  /** The sources set (non-null), in validateVolumeSource's order; only the first is validated further. */
  readonly sources: readonly VolumeSource[];
}

export interface ClaimVolume {
  readonly name: Located<string>;
  readonly path: string;
  /** Index of the claim template in `spec.volumeClaimTemplates`. */
  readonly claimIndex: number;
}

export interface ValidatedVolumes {
  readonly claims: readonly ClaimVolume[];
  readonly volumes: readonly TemplateVolume[];
}

const cache = new WeakMap<YMap, ValidatedVolumes>();

export function validatedVolumes(sts: Resource): ValidatedVolumes {
  let found = cache.get(sts.root);
  if (!found) cache.set(sts.root, (found = buildVolumes(sts.root)));
  return found;
}

function buildVolumes(root: YMap): ValidatedVolumes {
  const claimNames = new Set<string>();
  const claims: ClaimVolume[] = [];
  getSeq(root, 'spec.volumeClaimTemplates')?.items.forEach((item, claimIndex) => {
    if (!isMap(item)) return;
    const name = getString(item, 'metadata.name');
    const key = name?.value ?? '';
    if (claimNames.has(key)) return;
    claimNames.add(key);
    if (name) claims.push({ name, claimIndex, path: `spec.template.spec.volumes[${claimNames.size - 1}]` });
  });
  const volumes: TemplateVolume[] = [];
  for (const node of getSeq(root, 'spec.template.spec.volumes')?.items ?? []) {
    if (!isMap(node) || claimNames.has(getString(node, 'name')?.value ?? '')) continue;
    volumes.push({ node, path: `spec.template.spec.volumes[${claimNames.size + volumes.length}]`, sources: sourcesOf(node) });
  }
  return { claims, volumes };
}

function sourcesOf(volume: YMap): VolumeSource[] {
  const out: VolumeSource[] = [];
  for (const key of VOLUME_SOURCES) {
    const node = getKey(volume, key);
    if (node !== undefined && isSet(node)) out.push({ key, node });
  }
  return out;
}

/** The source validateVolumeSource checks in depth (the first one set), when it is a map. */
export function primarySource(volume: TemplateVolume): { readonly key: string; readonly node: YMap; readonly path: string } | undefined {
  const first = volume.sources[0];
  return first && isMap(first.node) ? { key: first.key, node: first.node, path: `${volume.path}.${first.key}` } : undefined;
}
