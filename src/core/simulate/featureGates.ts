// The simulated cluster's Kubernetes version and the behaviour that depends on it: the default of
// the MaxUnavailableStatefulSet feature gate (pkg/features/kube_features.go, versioned specs) and
// the budget accounting of updateStatefulSetAfterInvariantEstablished (docs/controller-model.md §6).
import { atLeast, parseKubernetesVersion, type KubernetesVersion } from '../model/kubernetesVersion';
import { maxUnavailableGateOnByDefault } from '../model/maxUnavailableGate';

/** `1.35.2` → 2; undefined for a minor without its patch (`1.35`), which means its newest patch. */
function patchOf(text: unknown): number | undefined {
  const match = /^v?\d+\.\d+\.(\d+)$/.exec(String(text).trim());
  return match ? Number(match[1]) : undefined;
}

export interface TargetVersion {
  readonly version: KubernetesVersion;
  /** MaxUnavailableStatefulSet when the script does not set it. */
  readonly maxUnavailableGate: boolean;
}

/** A script's `environment.kubernetesVersion`, or undefined when it is none of the targeted minors. */
export function parseTargetVersion(text: unknown): TargetVersion | undefined {
  const version = parseKubernetesVersion(text);
  if (version === undefined) return undefined;
  const patch = patchOf(text);
  return { version, maxUnavailableGate: maxUnavailableGateOnByDefault(version, patch) };
}

/**
 * Whether updateStatefulSetAfterInvariantEstablished counts a pod that is Ready but not yet
 * available for minReadySeconds as unavailable: from 1.35 it asks isUnavailable (available for
 * minReadySeconds, not terminating); the alpha code before asked !isHealthy (Running and Ready,
 * not terminating). Either way an unavailable pod of a broken old revision spends the budget.
 */
export function countsUnavailableByMinReadySeconds(version: KubernetesVersion): boolean {
  return atLeast(version, '1.35');
}
