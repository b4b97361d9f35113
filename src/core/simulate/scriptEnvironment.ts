// The `environment` map of a simulator script: timings, the StorageClass, feature gates, the
// target Kubernetes version and the cluster's nodes. Parsing never throws: a bad value comes back
// as one message naming the key.
import { t } from '../l10n/messages';
import { KUBERNETES_VERSIONS } from '../model/kubernetesVersion';
import { parseTargetVersion, type TargetVersion } from './featureGates';
import { secondsProblem } from './limits';
import { toNodes } from './scriptNodes';
import { DEFAULT_ENVIRONMENT, type Environment, type StorageClassSpec } from './types';
import { describe, isPlain, type Check } from './values';

const ENVIRONMENT_KEYS = Object.keys(DEFAULT_ENVIRONMENT);
const FEATURE_GATES = Object.keys(DEFAULT_ENVIRONMENT.featureGates);
const STORAGE_CLASS_KEYS = ['name', 'volumeBindingMode', 'reclaimPolicy', 'allowVolumeExpansion'];

export function toEnvironment(raw: unknown): Check<Environment> {
  if (raw === undefined) return { value: DEFAULT_ENVIRONMENT };
  if (!isPlain(raw)) return { error: t('sim.script.map', 'environment', describe(raw)) };
  const unknown = Object.keys(raw).find((key) => !ENVIRONMENT_KEYS.includes(key));
  if (unknown !== undefined) return { error: t('sim.script.unknownKey', 'environment', unknown, ENVIRONMENT_KEYS.join(', ')) };
  const d = DEFAULT_ENVIRONMENT;
  const clusterDomain = raw.clusterDomain ?? d.clusterDomain;
  if (typeof clusterDomain !== 'string' || clusterDomain === '') {
    return { error: t('sim.script.nonEmptyString', 'environment.clusterDomain', describe(clusterDomain)) };
  }
  const seconds: Record<string, number> = {};
  for (const key of ['podStartSeconds', 'readySeconds', 'terminationSeconds'] as const) {
    const value = raw[key] ?? d[key];
    const problem = secondsProblem(`environment.${key}`, value);
    if (problem !== undefined) return { error: problem };
    seconds[key] = value as number;
  }
  const storageClass = toStorageClass(raw.storageClass ?? d.storageClass);
  if ('error' in storageClass) return storageClass;
  const target = toTargetVersion(raw.kubernetesVersion);
  if ('error' in target) return target;
  const featureGates = toFeatureGates(raw.featureGates, target.value);
  if ('error' in featureGates) return featureGates;
  const nodes = toNodes(raw.nodes);
  if ('error' in nodes) return nodes;
  const kubernetesVersion = target.value.version;
  const { podStartSeconds, readySeconds, terminationSeconds } = seconds;
  return {
    value: { clusterDomain, podStartSeconds, readySeconds, terminationSeconds, storageClass: storageClass.value, featureGates: featureGates.value, nodes: nodes.value, kubernetesVersion },
  };
}

/** `environment.kubernetesVersion`: one of the targeted minors (a YAML 1.30 is the number 1.3: say to quote it). */
function toTargetVersion(raw: unknown): Check<TargetVersion> {
  const target = parseTargetVersion(raw ?? DEFAULT_ENVIRONMENT.kubernetesVersion);
  if (target !== undefined) return { value: target };
  const known = KUBERNETES_VERSIONS.join(', ');
  const where = 'environment.kubernetesVersion';
  if (typeof raw === 'number' && parseTargetVersion(raw.toFixed(2)) !== undefined) return { error: t('sim.script.kubernetesVersionNumber', where, describe(raw), known, raw.toFixed(2)) };
  return { error: t('sim.script.kubernetesVersion', where, describe(raw), known) };
}

/** Set explicitly, or the default of the targeted version (featureGates.ts). */
function toFeatureGates(raw: unknown, target: TargetVersion): Check<Environment['featureGates']> {
  if (raw === undefined) return { value: { MaxUnavailableStatefulSet: target.maxUnavailableGate } };
  if (!isPlain(raw)) return { error: t('sim.script.map', 'environment.featureGates', describe(raw)) };
  const unknown = Object.keys(raw).find((key) => !FEATURE_GATES.includes(key));
  if (unknown !== undefined) return { error: t('sim.script.unknownGate', 'environment.featureGates', unknown, FEATURE_GATES.join(', ')) };
  const value = raw.MaxUnavailableStatefulSet ?? target.maxUnavailableGate;
  if (typeof value !== 'boolean') return { error: t('sim.script.boolean', 'environment.featureGates.MaxUnavailableStatefulSet', describe(value)) };
  return { value: { MaxUnavailableStatefulSet: value } };
}

/** `default`, `none`, or a StorageClass: {name, volumeBindingMode, reclaimPolicy, allowVolumeExpansion}. */
function toStorageClass(raw: unknown): Check<Environment['storageClass']> {
  const where = 'environment.storageClass';
  if (raw === 'default' || raw === 'none') return { value: raw };
  if (!isPlain(raw)) return { error: t('sim.script.storageClass', where, describe(raw)) };
  const unknown = Object.keys(raw).find((key) => !STORAGE_CLASS_KEYS.includes(key));
  if (unknown !== undefined) return { error: t('sim.script.unknownKey', where, unknown, STORAGE_CLASS_KEYS.join(', ')) };
  const { name = 'standard', volumeBindingMode = 'Immediate', reclaimPolicy = 'Delete', allowVolumeExpansion = false } = raw;
  if (typeof name !== 'string' || name === '') return { error: t('sim.script.nonEmptyString', `${where}.name`, describe(name)) };
  if (volumeBindingMode !== 'Immediate' && volumeBindingMode !== 'WaitForFirstConsumer') {
    return { error: t('sim.script.oneOf', `${where}.volumeBindingMode`, 'Immediate, WaitForFirstConsumer', describe(volumeBindingMode)) };
  }
  if (reclaimPolicy !== 'Delete' && reclaimPolicy !== 'Retain') {
    return { error: t('sim.script.oneOf', `${where}.reclaimPolicy`, 'Delete, Retain', describe(reclaimPolicy)) };
  }
  if (typeof allowVolumeExpansion !== 'boolean') return { error: t('sim.script.boolean', `${where}.allowVolumeExpansion`, describe(allowVolumeExpansion)) };
  const spec: StorageClassSpec = { name, volumeBindingMode, reclaimPolicy, allowVolumeExpansion };
  return { value: spec };
}
