// What the StatefulSet controller does to pods and claims, after kubernetes
// pkg/controller/statefulset/stateful_pod_control.go (StatefulPodControl). The messages are the
// controller's own event messages (recordPodEvent / recordClaimEvent), never translated.
import { admitPod, schedulePodStart, terminatePod } from './kubelet';
import { claimOwnersFor, getPersistentVolumeClaimName, getPodName } from './statefulSetUtils';
import { provisionClaim } from './volumeProvisioner';
import type { Pod, Pvc, World } from './world';

/** createPersistentVolumeClaims, for one claim template: the existing claim is reused forever. */
function createPersistentVolumeClaim(world: World, template: string, ordinal: number): Pvc {
  const name = getPersistentVolumeClaimName(world.spec.name, template, ordinal);
  const existing = world.pvcs.get(name);
  if (existing) return existing;
  const pod = getPodName(world.spec.name, ordinal);
  const pvc: Pvc = { name, claimTemplate: template, pod, ordinal, phase: 'Pending', volume: null, owners: [], zone: null };
  world.addPvc(pvc);
  world.emit('PVCCreated', name, { message: `create Claim ${name} Pod ${pod} in StatefulSet ${world.spec.name} success` });
  provisionClaim(world, pvc);
  return pvc;
}

/** CreateStatefulPod: the missing claims first, then the pod; its claims get the retention policy's owners. */
export function createStatefulPod(world: World, ordinal: number, revision: string): Pod {
  const claims = world.spec.claimTemplates.map((template) => createPersistentVolumeClaim(world, template.name, ordinal));
  const pod = world.addPod(ordinal, revision);
  admitPod(world, pod, claims.filter((c) => c.phase !== 'Bound').map((c) => c.name));
  updatePodClaimForRetentionPolicy(world, ordinal);
  world.emit('PodCreated', pod.name, { revision, reason: pod.reason, message: `create Pod ${pod.name} in StatefulSet ${world.spec.name} successful` });
  schedulePodStart(world, pod);
  return pod;
}

/** DeleteStatefulPod; `why` is the simulator's note on the controller's message. */
export function deleteStatefulPod(world: World, pod: Pod, why: string): void {
  terminatePod(world, pod, 'Controller', `delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (${why})`);
}

/** UpdatePodClaimForRetentionPolicy: the owner references on one ordinal's claims. */
export function updatePodClaimForRetentionPolicy(world: World, ordinal: number): void {
  for (const template of world.spec.claimTemplates) {
    const pvc = world.pvcs.get(getPersistentVolumeClaimName(world.spec.name, template.name, ordinal));
    if (pvc) world.updatePvc(pvc, { owners: claimOwnersFor(world.spec, ordinal) });
  }
}

/**
 * Every claim's owners, after the replica range or the policy changed (the controller's claim
 * owner sync over all pods and condemned pods). Claims of pods already gone keep theirs.
 */
export function updateAllClaimsForRetentionPolicy(world: World): void {
  for (const pvc of world.pvcs.values()) {
    if (!world.inRange(pvc.ordinal) && !world.byOrdinal.has(pvc.ordinal)) continue;
    world.updatePvc(pvc, { owners: claimOwnersFor(world.spec, pvc.ordinal) });
  }
}
