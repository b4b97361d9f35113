// Small questions about a StatefulSet and its pods, after kubernetes
// pkg/controller/statefulset/stateful_set_utils.go (the function each follows is named).
import type { EffectiveSpec } from './spec';
import type { Pod, Pvc } from './objects';

/** getPodName: `<set>-<ordinal>`. */
export function getPodName(setName: string, ordinal: number): string {
  return `${setName}-${ordinal}`;
}

/** getPersistentVolumeClaimName: `<template>-<set>-<ordinal>`. */
export function getPersistentVolumeClaimName(setName: string, template: string, ordinal: number): string {
  return `${template}-${getPodName(setName, ordinal)}`;
}

/** getParentNameAndOrdinal / getOrdinal: the ordinal a pod name of this set carries, or -1 when it is not one of its names. */
export function getOrdinal(setName: string, podName: string): number {
  const suffix = podName.startsWith(`${setName}-`) ? podName.slice(setName.length + 1) : '';
  return /^(0|[1-9]\d*)$/.test(suffix) ? Number(suffix) : -1;
}

/** podInOrdinalRange: between getStartOrdinal and getEndOrdinal (ordinals.start + replicas - 1). */
export function podInOrdinalRange(spec: EffectiveSpec, ordinal: number): boolean {
  return ordinal >= spec.startOrdinal && ordinal < spec.startOrdinal + spec.replicas;
}

/** isRunningAndReady: phase Running and the Ready condition true. */
export function isRunningAndReady(pod: Pod): boolean {
  return pod.phase === 'Running' && pod.ready;
}

/** isRunningAndAvailable: Ready for minReadySeconds (the `available` flag the kubelet timer sets). */
export function isRunningAndAvailable(pod: Pod): boolean {
  return isRunningAndReady(pod) && pod.available;
}

/** isTerminating: a deletion timestamp is set. */
export function isTerminating(pod: Pod): boolean {
  return pod.terminating;
}

/** isFailed: phase Failed. */
export function isFailed(pod: Pod): boolean {
  return pod.phase === 'Failed';
}

/** isHealthy: created, Running, Ready (and available, as processReplica asks with minReadySeconds), not terminating. */
export function isHealthy(pod: Pod | undefined): boolean {
  return pod !== undefined && isRunningAndAvailable(pod) && !isTerminating(pod);
}

/**
 * newVersionedStatefulSetPod: the revision a (re)created pod gets. Below the partition, or below
 * status.currentReplicas for a RollingUpdate without a rollingUpdate block, it stays at the
 * current revision; every other pod gets the update revision.
 */
export function newVersionedStatefulSetPodRevision(
  spec: EffectiveSpec,
  revisions: { readonly current: string; readonly update: string; readonly currentReplicas: number },
  ordinal: number,
): string {
  const { updateType, rollingUpdate, startOrdinal } = spec;
  const belowCurrent = updateType === 'RollingUpdate' && rollingUpdate === null && ordinal < startOrdinal + revisions.currentReplicas;
  const belowPartition = rollingUpdate !== null && ordinal < startOrdinal + rollingUpdate.partition;
  return belowCurrent || belowPartition ? revisions.current : revisions.update;
}

/**
 * The owner references the retention policy wants on an ordinal's claims
 * (claimOwnerMatchesSetAndPod / updateClaimOwnerRefForSetAndPod): the set for whenDeleted,
 * the pod for whenScaled once the ordinal is out of range.
 */
export function claimOwnersFor(spec: EffectiveSpec, ordinal: number): string[] {
  const { whenDeleted, whenScaled, name } = spec;
  const owners: string[] = [];
  if (podInOrdinalRange(spec, ordinal)) {
    if (whenDeleted === 'Delete') owners.push(`StatefulSet/${name}`);
    return owners;
  }
  if (whenDeleted === 'Delete' && whenScaled !== 'Delete') owners.push(`StatefulSet/${name}`);
  if (whenScaled === 'Delete') owners.push(`Pod/${getPodName(name, ordinal)}`);
  return owners;
}

/** hasStaleOwnerRef: the claim names the pod as owner, but an earlier incarnation of it (another UID). */
export function hasStaleOwnerRef(pvc: Pvc, pod: Pod): boolean {
  return pvc.ownerPodIncarnation !== null && pvc.ownerPodIncarnation !== pod.incarnation;
}
