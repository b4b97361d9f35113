// The default of the MaxUnavailableStatefulSet feature gate per release (pkg/features/kube_features.go,
// versioned specs), in one place for the rule that warns about it and the simulator that follows it:
// alpha and off from 1.24 to 1.34, beta and on by default in 1.35.0, and off by default again from
// 1.35.4 (kubernetes/kubernetes#137904, backported as #137926, for the Parallel regression #137409)
// and in 1.36. A minor without its patch means its newest patch, so only 1.35.0–1.35.3 turn it on.
import type { KubernetesVersion } from './kubernetesVersion';

/** The one minor whose early patches (below `offFromPatch`) have the gate on by default. */
export const MAX_UNAVAILABLE_GATE_EARLY_ON = { minor: '1.35', offFromPatch: 4 } as const;

export function maxUnavailableGateOnByDefault(version: KubernetesVersion, patch: number | undefined): boolean {
  return version === MAX_UNAVAILABLE_GATE_EARLY_ON.minor && patch !== undefined && patch < MAX_UNAVAILABLE_GATE_EARLY_ON.offFromPatch;
}
