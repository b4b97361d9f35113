// Phase B: the owner references the retention policy puts on claims (docs/controller-model.md §5),
// which the garbage collector then acts on. They change only when the replica range or a pod
// changes, so they are set then, not on every sync.
import type { World } from './world';

function ownersFor(world: World, ordinal: number): string[] {
  const { whenDeleted, whenScaled, name } = world.spec;
  const owners: string[] = [];
  if (world.inRange(ordinal)) {
    if (whenDeleted === 'Delete') owners.push(`StatefulSet/${name}`);
    return owners;
  }
  if (whenDeleted === 'Delete' && whenScaled !== 'Delete') owners.push(`StatefulSet/${name}`);
  if (whenScaled === 'Delete') owners.push(`Pod/${world.podName(ordinal)}`);
  return owners;
}

/** The claims of one ordinal, after its pod was created. */
export function syncClaimOwnersOf(world: World, ordinal: number): void {
  for (const template of world.spec.claimTemplates) {
    const pvc = world.pvcs.get(world.claimName(template.name, ordinal));
    if (pvc) pvc.owners = ownersFor(world, ordinal);
  }
}

/** Every claim, after the range or the policy changed. Claims of pods already gone keep theirs. */
export function syncAllClaimOwners(world: World): void {
  for (const pvc of world.pvcs.values()) {
    if (!world.inRange(pvc.ordinal) && !world.byOrdinal.has(pvc.ordinal)) continue;
    pvc.owners = ownersFor(world, pvc.ordinal);
  }
}
