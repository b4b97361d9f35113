// The scheduler's volume binding (pkg/scheduler/framework/plugins/volumebinding): a pod whose
// claims are bound may only go where their volume is (the PV's node affinity: its zone, fixed once
// bound); a WaitForFirstConsumer claim is provisioned in the zone of the node its first pod is
// scheduled to (PreBind). And what deleting a claim does to its volume (the reclaim policy).
import { t } from '../l10n/messages';
import { bindClaim } from './volumeProvisioner';
import type { Pod, Pvc, World } from './world';

function waitsForFirstConsumer(world: World): boolean {
  const storageClass = world.env.storageClass;
  return typeof storageClass === 'object' && storageClass.volumeBindingMode === 'WaitForFirstConsumer';
}

/** The claims that keep the pod from being scheduled: unbound, and not waiting for it (PreFilter). */
export function unboundImmediateClaims(world: World, claims: readonly Pvc[]): string[] {
  return waitsForFirstConsumer(world) ? [] : claims.filter((c) => c.phase !== 'Bound').map((c) => c.name);
}

/** The scheduler's message for a pod with unbound immediate claims (one implicit node without nodes). */
export function unboundClaimsMessage(world: World, claims: readonly string[]): string {
  const nodes = world.cluster?.nodes.length ?? 1;
  return `0/${nodes} nodes are available: pod has unbound immediate PersistentVolumeClaims (${claims.join(', ')})`;
}

/** The zone a pod's bound volumes (its claims) pin it to; undefined when none does. */
export function volumeZoneOf(claims: readonly Pvc[]): string | undefined {
  return claims.find((c) => c.phase === 'Bound' && c.zone !== null)?.zone ?? undefined;
}

/** PreBind: the pod's WaitForFirstConsumer claims are provisioned in the zone of its node. */
export function bindClaimsForPod(world: World, pod: Pod, zone: string | null): void {
  for (const pvc of world.claimsOf(pod)) if (pvc.phase !== 'Bound') bindClaim(world, pvc, zone);
}

/** What happens to a deleted claim's volume, with a StorageClass of the script's own (empty for `default`). */
export function reclaimNote(world: World, pvc: Pvc): string {
  const storageClass = world.env.storageClass;
  if (typeof storageClass !== 'object' || pvc.volume === null) return '';
  return storageClass.reclaimPolicy === 'Delete' ? t('sim.pvc.reclaimDelete', pvc.volume) : t('sim.pvc.reclaimRetain', pvc.volume);
}
