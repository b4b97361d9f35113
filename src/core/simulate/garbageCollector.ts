// The garbage collector: deletes what its owner references say once the owner is gone (the
// claims the retention policy gave to a pod or to the StatefulSet), and the pods of a deleted
// StatefulSet, in no particular order (docs/controller-model.md §5). It works from its own queue
// of deleted owners (garbagecollector.go attemptToDeleteItem), so it acts after the controller's
// sync that the same deletion triggered, not inside it.
import { t } from '../l10n/messages';
import { terminatePod } from './kubelet';
import { reclaimNote } from './volumeBinding';
import type { Pod, Pvc, World } from './world';

function deletePvc(world: World, pvc: Pvc, why: string): void {
  world.removePvc(pvc);
  world.emit({ time: world.time, type: 'PVCDeleted', object: pvc.name, reason: 'GarbageCollector', message: why + reclaimNote(world, pvc) });
}

/** The graph builder saw a pod go: its claims are looked at on the collector's next turn. */
export function collectAfterPod(world: World, pod: Pod): void {
  world.goneForCollection.push(pod);
}

/**
 * The collector's turn: every claim whose Pod owner reference names a pod incarnation now gone is
 * deleted, unless the StatefulSet still owns it too (then only the dangling reference goes). A
 * reference to an earlier incarnation counts as gone, as the collector compares UIDs. Returns
 * whether it changed anything.
 */
export function collectGarbage(world: World): boolean {
  const gone = world.goneForCollection.splice(0);
  let acted = false;
  for (const pod of gone) {
    for (const pvc of world.claimsOf(pod)) {
      if (pvc.ownerPodIncarnation !== pod.incarnation) continue;
      acted = true;
      const others = pvc.owners.filter((owner) => owner !== `Pod/${pod.name}`);
      if (others.length > 0 && !world.deleted) world.updatePvc(pvc, { owners: others, ownerPodIncarnation: null });
      else deletePvc(world, pvc, t('sim.pvc.ownedByPod', pod.name));
    }
  }
  return collectDeletedSet(world) || acted;
}

/** After the StatefulSet is deleted and its pods are gone, the claims it owns go too (whenDeleted: Delete). */
function collectDeletedSet(world: World): boolean {
  if (!world.deleted || world.pods.size > 0) return false;
  let acted = false;
  for (const pvc of [...world.pvcs.values()]) {
    if (pvc.owners.includes(`StatefulSet/${world.spec.name}`)) {
      deletePvc(world, pvc, t('sim.pvc.ownedBySet', world.spec.name));
      acted = true;
    }
  }
  return acted;
}

/** `kubectl delete statefulset` (background propagation): every pod at once, then the claims it owns. */
export function deleteStatefulSet(world: World): void {
  world.deleted = true;
  const pods = [...world.pods.values()].sort((a, b) => a.ordinal - b.ordinal);
  for (const pod of pods) terminatePod(world, pod, 'GarbageCollector', t('sim.pod.deletedByGc', pod.name, world.spec.name));
  collectDeletedSet(world);
}
