// What the StatefulSet controller does to pods and claims, after kubernetes
// pkg/controller/statefulset/stateful_pod_control.go (StatefulPodControl). The messages are the
// controller's own event messages (recordPodEvent / recordClaimEvent), never translated.
import { flat } from './flatText';
import { admitPod, schedulePodStart, terminatePod } from './kubelet';
import { claimOwnersFor, getPersistentVolumeClaimName, getPodName, hasStaleOwnerRef } from './statefulSetUtils';
import { provisionClaim } from './volumeProvisioner';
import type { Pod, Pvc, World } from './world';

/** createPersistentVolumeClaims, for one claim template: the existing claim is reused forever. */
function createPersistentVolumeClaim(world: World, template: string, ordinal: number): Pvc {
  const name = getPersistentVolumeClaimName(world.spec.name, template, ordinal);
  const existing = world.pvcs.get(name);
  if (existing) return existing;
  const pod = getPodName(world.spec.name, ordinal);
  // Every field at creation, `reason` undefined: one hidden class for every claim (see World.addPod).
  const pvc: Pvc = { name, claimTemplate: template, pod, ordinal, phase: 'Pending', volume: null, owners: [], ownerPodIncarnation: null, reason: undefined, zone: null };
  world.addPvc(pvc);
  world.emit({ time: world.time, type: 'PVCCreated', object: name, message: flat`create Claim ${name} Pod ${pod} in StatefulSet ${world.spec.name} success` });
  provisionClaim(world, pvc);
  return pvc;
}

/** CreateStatefulPod: the missing claims first, then the pod; its claims get the retention policy's owners. */
export function createStatefulPod(world: World, ordinal: number, revision: string): Pod {
  const claims = world.spec.claimTemplates.map((template) => createPersistentVolumeClaim(world, template.name, ordinal));
  const pod = world.addPod(ordinal, revision);
  admitPod(world, pod, claims.filter((c) => c.phase !== 'Bound').map((c) => c.name));
  updatePodClaimForRetentionPolicy(world, pod);
  world.emit({ time: world.time, type: 'PodCreated', object: pod.name, revision, reason: pod.reason, message: flat`create Pod ${pod.name} in StatefulSet ${world.spec.name} successful` });
  schedulePodStart(world, pod);
  return pod;
}

/** DeleteStatefulPod; `why` is the simulator's note on the controller's message. */
export function deleteStatefulPod(world: World, pod: Pod, why: string): void {
  terminatePod(world, pod, 'Controller', flat`delete Pod ${pod.name} in StatefulSet ${world.spec.name} successful (${why})`);
}

/**
 * UpdatePodClaimForRetentionPolicy: the owner references the retention policy wants on a pod's
 * claims (updateClaimOwnerRefForSetAndPod). A claim whose Pod reference names an earlier
 * incarnation of the pod is left as it is (isClaimOwnerUpToDate: hasStaleOwnerRef), so the garbage
 * collector deletes it once that pod is gone.
 */
export function updatePodClaimForRetentionPolicy(world: World, pod: Pod): void {
  for (const pvc of world.claimsOf(pod)) {
    if (hasStaleOwnerRef(pvc, pod)) continue;
    const owners = claimOwnersFor(world.spec, pod.ordinal);
    const ownerPodIncarnation = owners.includes(`Pod/${pod.name}`) ? pod.incarnation : null;
    if (owners.join() !== pvc.owners.join() || ownerPodIncarnation !== pvc.ownerPodIncarnation) world.updatePvc(pvc, { owners, ownerPodIncarnation });
  }
}

/**
 * PodClaimIsStale: with whenScaled: Delete, a claim of a pod not yet created that still has a Pod
 * owner reference (to an earlier pod of that name) blocks its creation until the garbage
 * collector has deleted it. Returns that claim.
 */
export function podClaimIsStale(world: World, ordinal: number): Pvc | undefined {
  if (world.spec.whenScaled !== 'Delete') return undefined;
  return world.claimsAt(ordinal).find((pvc) => pvc.ownerPodIncarnation !== null);
}
