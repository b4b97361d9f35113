// Invariants checked after every event of every scenario, as upstream's assertMonotonicInvariants
// (pkg/controller/statefulset/stateful_set_control_test.go) checks them after every sync.
import * as assert from 'node:assert/strict';
import { computeStatus } from '../../../src/core/simulate/snapshot';
import type { StatusState } from '../../../src/core/simulate/types';
import type { Pod, World } from '../../../src/core/simulate/world';

const isRunningAndReady = (pod: Pod | undefined) => pod !== undefined && pod.phase === 'Running' && pod.ready;

/** Throws (an AssertionError naming the event) when the world after the last event breaks an invariant. */
export function assertInvariants(world: World): void {
  const event = world.events[world.events.length - 1];
  const at = `after event ${world.events.length - 1} (${event.time} ${event.type} ${event.object})`;
  assertIdentities(world, at);
  if (event.type === 'PodCreated') assertOrderedCreation(world, event.object, at);
  assert.deepEqual(pickCounters(computeStatus(world)), countFromPods(world), `status counters = what the pods say, ${at}`);
  assertClaims(world, at);
  if (event.type === 'PVCDeleted') assertClaimDeletionAllowed(world, event.object, at);
}

/** At most one pod per ordinal, named, hostnamed and claimed after it (identityMatches, storageMatches). */
function assertIdentities(world: World, at: string): void {
  const ordinals = new Set<number>();
  for (const pod of world.pods.values()) {
    assert.ok(!ordinals.has(pod.ordinal), `two pods with ordinal ${pod.ordinal}, ${at}`);
    ordinals.add(pod.ordinal);
    assert.equal(pod.name, `${world.spec.name}-${pod.ordinal}`, `identity of ${pod.name}, ${at}`);
    assert.equal(world.byOrdinal.get(pod.ordinal), pod, `pod index of ${pod.name}, ${at}`);
  }
  assert.equal(world.byOrdinal.size, world.pods.size, `pod index size, ${at}`);
}

/** OrderedReady: a pod is created only when every lower ordinal of the range is Running and Ready. */
function assertOrderedCreation(world: World, name: string, at: string): void {
  if (world.spec.parallel) return;
  const created = world.pods.get(name)!;
  for (let ordinal = world.spec.startOrdinal; ordinal < created.ordinal; ordinal++) {
    const lower = world.byOrdinal.get(ordinal);
    assert.ok(isRunningAndReady(lower) && !lower!.terminating, `created ${name} while ${world.spec.name}-${ordinal} is not Running and Ready, ${at}`);
  }
}

function pickCounters(status: StatusState): Record<string, number> {
  const { replicas, readyReplicas, availableReplicas, currentReplicas, updatedReplicas } = status;
  return { replicas, readyReplicas, availableReplicas, currentReplicas, updatedReplicas };
}

/** computeReplicaStatus, counted afresh from the pods. */
function countFromPods(world: World): Record<string, number> {
  const pods = [...world.pods.values()];
  const live = pods.filter((p) => !p.terminating);
  const status = computeStatus(world);
  return {
    replicas: pods.length,
    readyReplicas: pods.filter(isRunningAndReady).length,
    availableReplicas: pods.filter((p) => p.ready && p.available).length,
    currentReplicas: live.filter((p) => p.revision === status.currentRevision).length,
    updatedReplicas: live.filter((p) => p.revision === status.updateRevision).length,
  };
}

/** Every pod has the claims of every template: a claim is never lost under a pod. */
function assertClaims(world: World, at: string): void {
  for (const pod of world.pods.values()) {
    for (const template of world.spec.claimTemplates) {
      const claim = `${template.name}-${pod.name}`;
      assert.ok(world.pvcs.has(claim), `${pod.name} lost its claim ${claim}, ${at}`);
    }
  }
}

/**
 * A claim goes only as the retention policy says: with whenScaled once the pod it was scaled down
 * with is gone (its ordinal may be back in range by then: the stale owner reference still counts,
 * hasStaleOwnerRef), or with the set and whenDeleted.
 */
function assertClaimDeletionAllowed(world: World, claim: string, at: string): void {
  const ordinal = Number(claim.slice(claim.lastIndexOf('-') + 1));
  const scaledAway = world.spec.whenScaled === 'Delete' && world.byOrdinal.get(ordinal) === undefined;
  const withTheSet = world.spec.whenDeleted === 'Delete' && world.deleted && world.pods.size === 0;
  assert.ok(scaledAway || withTheSet, `claim ${claim} deleted against the retention policy, ${at}`);
}
