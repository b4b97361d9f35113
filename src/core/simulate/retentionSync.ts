// The claim owner references a sync sets, after kubernetes
// pkg/controller/statefulset/stateful_set_control.go: processReplica ends with
// ClaimsMatchRetentionPolicy / UpdateStatefulPod for each replica it reaches (under OrderedReady only
// the pods below the first one that is not Running, Ready and available), and updateStatefulSet runs
// fixPodClaim over the condemned pods only once that pass did not stop early. So a scale-down
// behind an unhealthy pod leaves the condemned claims without their Pod owner (docs/controller-model.md §5).
// The world marks the pods whose claims may be out of date, so a sync only looks at those.
import { updatePodClaimForRetentionPolicy } from './statefulPodControl';
import { isFailed } from './statefulSetUtils';
import type { World } from './world';

/**
 * processReplica's retention step for the replicas the sync reaches: every marked one below
 * `reached` (OrderedReady: the first unhealthy replica; all of them when undefined). Failed pods
 * return before that step, so they stay marked.
 */
export function fixReplicaClaims(world: World, reached: number | undefined): void {
  const skipped: number[] = [];
  for (let ordinal = world.claimOwnersToCheck.min(); ordinal !== undefined; ordinal = world.claimOwnersToCheck.min()) {
    if (reached !== undefined && ordinal >= reached) break;
    const pod = world.byOrdinal.get(ordinal)!;
    world.claimOwnersToCheck.set(ordinal, false);
    if (isFailed(pod)) skipped.push(ordinal);
    else updatePodClaimForRetentionPolicy(world, pod);
  }
  for (const ordinal of skipped) world.claimOwnersToCheck.set(ordinal, true);
}

/** fixPodClaim, run over the condemned pods once the replicas pass went through without stopping. */
export function fixCondemnedClaims(world: World): void {
  for (let ordinal = world.condemnedClaimOwnersToCheck.min(); ordinal !== undefined; ordinal = world.condemnedClaimOwnersToCheck.min()) {
    world.condemnedClaimOwnersToCheck.set(ordinal, false);
    updatePodClaimForRetentionPolicy(world, world.byOrdinal.get(ordinal)!);
  }
}
