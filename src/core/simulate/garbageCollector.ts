// The garbage collector: deletes what its owner references say once the owner is gone (the
// claims the retention policy gave to a pod or to the StatefulSet), and the pods of a deleted
// StatefulSet, in no particular order (docs/controller-model.md §5).
import { t } from '../l10n/messages';
import { terminatePod } from './kubelet';
import { reclaimNote } from './volumeBinding';
import type { Pod, Pvc, World } from './world';

function deletePvc(world: World, pvc: Pvc, why: string): void {
  world.removePvc(pvc);
  world.emit('PVCDeleted', pvc.name, { reason: 'GarbageCollector', message: why + reclaimNote(world, pvc) });
}

/** After a pod is gone: its claims that name it as owner (whenScaled: Delete), then the set's if it was the last. */
export function collectAfterPod(world: World, pod: Pod): void {
  for (const pvc of world.claimsOf(pod)) {
    if (pvc.owners.includes(`Pod/${pod.name}`)) deletePvc(world, pvc, t('sim.pvc.ownedByPod', pod.name));
  }
  collectDeletedSet(world);
}

/** After the StatefulSet is deleted and its pods are gone, the claims it owns go too (whenDeleted: Delete). */
export function collectDeletedSet(world: World): void {
  if (!world.deleted || world.pods.size > 0) return;
  for (const pvc of [...world.pvcs.values()]) {
    if (pvc.owners.includes(`StatefulSet/${world.spec.name}`)) deletePvc(world, pvc, t('sim.pvc.ownedBySet', world.spec.name));
  }
}

/** `kubectl delete statefulset` (background propagation): every pod at once, then the claims it owns. */
export function deleteStatefulSet(world: World): void {
  world.deleted = true;
  const pods = [...world.pods.values()].sort((a, b) => a.ordinal - b.ordinal);
  for (const pod of pods) terminatePod(world, pod, 'GarbageCollector', t('sim.pod.deletedByGc', pod.name, world.spec.name));
  collectDeletedSet(world);
}
