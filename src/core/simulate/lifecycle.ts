// What happens to pods and claims outside the StatefulSet controller: the volume provisioner, the
// kubelet (start, readiness, termination) and the garbage collector.
import { t } from '../l10n/messages';
import { syncClaimOwnersOf } from './claims';
import { isObject } from './spec';
import type { Outcome } from './types';
import { NO_STORAGE_CLASS, type Pod, type Pvc, type World } from './world';

const SEVERITY: Record<Outcome, number> = { ready: 0, neverReady: 1, crashLoop: 2, imagePullError: 3 };

/** What running a revision does: the worst outcome among its containers' images. */
export function outcomeOf(world: World, revision: string): Outcome {
  const template = world.revisions.find((r) => r.name === revision)?.template;
  const spec = isObject(template) ? template.spec : undefined;
  const containers = isObject(spec) && Array.isArray(spec.containers) ? spec.containers : [];
  let worst: Outcome = 'ready';
  for (const container of containers) {
    const image = isObject(container) && typeof container.image === 'string' ? container.image : '';
    const outcome = world.outcomes.get(image) ?? 'ready';
    if (SEVERITY[outcome] > SEVERITY[worst]) worst = outcome;
  }
  return worst;
}

function imageOf(world: World, revision: string): string {
  const template = world.revisions.find((r) => r.name === revision)?.template;
  const spec = isObject(template) ? template.spec : undefined;
  const containers = isObject(spec) && Array.isArray(spec.containers) ? spec.containers : [];
  const bad = containers.find((c) => isObject(c) && world.outcomes.get(String(c.image)) === 'imagePullError');
  return isObject(bad) ? String(bad.image) : '';
}

function ensureClaim(world: World, template: string, ordinal: number): Pvc {
  const name = world.claimName(template, ordinal);
  const existing = world.pvcs.get(name);
  if (existing) return existing;
  const pvc: Pvc = { name, claimTemplate: template, pod: world.podName(ordinal), ordinal, phase: 'Pending', volume: null, owners: [] };
  world.pvcs.set(name, pvc);
  world.emit('PVCCreated', name, { message: `create Claim ${name} Pod ${pvc.pod} in StatefulSet ${world.spec.name} success` });
  if (world.env.storageClass === 'none') {
    pvc.reason = NO_STORAGE_CLASS;
    world.emit('PVCPending', name, { reason: 'FailedBinding', message: NO_STORAGE_CLASS });
  } else {
    pvc.phase = 'Bound';
    pvc.volume = `pv-${name}`;
    world.emit('PVCBound', name, { message: t('sim.pvc.bound', name, pvc.volume) });
  }
  return pvc;
}

/** CreateStatefulPod: the missing claims first, then the pod. */
export function createPod(world: World, ordinal: number, revision: string): Pod {
  const claims = world.spec.claimTemplates.map((template) => ensureClaim(world, template.name, ordinal));
  const pod = world.newPod(ordinal, revision);
  const unbound = claims.filter((c) => c.phase !== 'Bound').map((c) => c.name);
  if (unbound.length > 0) pod.reason = `0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims (${unbound.join(', ')})`;
  else pod.status = 'ContainerCreating';
  syncClaimOwnersOf(world, ordinal);
  world.emit('PodCreated', pod.name, { revision, reason: pod.reason, message: `create Pod ${pod.name} in StatefulSet ${world.spec.name} successful` });
  if (unbound.length === 0) world.schedule(world.env.podStartSeconds, 'start', pod);
  return pod;
}

function startPod(world: World, pod: Pod): void {
  pod.ip = world.nextIp();
  if (outcomeOf(world, pod.revision) === 'imagePullError') {
    pod.status = 'ImagePullBackOff';
    pod.reason = `Back-off pulling image "${imageOf(world, pod.revision)}"`;
    world.emit('PodNotReady', pod.name, { ip: pod.ip, reason: 'ImagePullBackOff', message: `${pod.name}: ${pod.reason}` });
    return;
  }
  pod.phase = 'Running';
  pod.status = 'Running';
  world.refresh(pod.ordinal);
  world.emit('PodRunning', pod.name, { ip: pod.ip, revision: pod.revision, message: t('sim.pod.running', pod.name, pod.ip) });
  world.syncDns(pod);
  world.schedule(world.env.readySeconds, 'ready', pod);
}

function becomeReady(world: World, pod: Pod): void {
  if (pod.terminating || pod.phase !== 'Running' || pod.ready) return;
  const outcome = outcomeOf(world, pod.revision);
  if (outcome === 'crashLoop') {
    pod.status = 'CrashLoopBackOff';
    pod.restarts += 1;
    pod.reason = 'Back-off restarting failed container';
    world.emit('PodNotReady', pod.name, { ip: pod.ip ?? undefined, reason: 'CrashLoopBackOff', message: t('sim.pod.crashLoop', pod.name) });
    return;
  }
  if (outcome === 'neverReady' || pod.readinessFailing) {
    pod.reason = 'Readiness probe failed';
    world.emit('PodNotReady', pod.name, { ip: pod.ip ?? undefined, reason: 'ReadinessProbeFailed', message: t('sim.pod.readinessFailed', pod.name) });
    return;
  }
  pod.ready = true;
  pod.reason = undefined;
  world.refresh(pod.ordinal);
  const dns = world.dnsName(pod);
  const message = dns === null && world.service?.problem ? t('sim.pod.readyNoDns', pod.name, world.service.problem) : t('sim.pod.ready', pod.name);
  world.emit('PodReady', pod.name, { ip: pod.ip ?? undefined, revision: pod.revision, message });
  world.syncDns(pod);
  if (world.spec.minReadySeconds === 0) becomeAvailable(world, pod);
  else world.schedule(world.spec.minReadySeconds, 'available', pod);
}

function becomeAvailable(world: World, pod: Pod): void {
  if (!pod.ready || pod.available) return;
  pod.available = true;
  world.refresh(pod.ordinal);
  world.emit('PodAvailable', pod.name, { message: t('sim.pod.available', pod.name, world.spec.minReadySeconds) });
}

/** Starts deleting a pod; `reason` says who: Controller, User or GarbageCollector. */
export function terminatePod(world: World, pod: Pod, reason: string, message: string): void {
  if (pod.terminating) return;
  pod.terminating = true;
  pod.ready = false;
  pod.available = false;
  pod.status = 'Terminating';
  world.refresh(pod.ordinal);
  world.emit('PodTerminating', pod.name, { reason, revision: pod.revision, ip: pod.ip ?? undefined, message });
  world.syncDns(pod);
  world.schedule(world.env.terminationSeconds, 'gone', pod);
}

function podGone(world: World, pod: Pod): void {
  world.removePod(pod);
  world.emit('PodDeleted', pod.name, { message: t('sim.pod.gone', pod.name) });
  for (const pvc of world.claimsOf(pod)) {
    if (pvc.owners.includes(`Pod/${pod.name}`)) world.deletePvc(pvc, t('sim.pvc.ownedByPod', pod.name));
  }
  collectDeletedSet(world);
}

/** After the StatefulSet is deleted and its pods are gone, the claims it owns go too. */
export function collectDeletedSet(world: World): void {
  if (!world.deleted || world.pods.size > 0) return;
  for (const pvc of [...world.pvcs.values()]) {
    if (pvc.owners.includes(`StatefulSet/${world.spec.name}`)) world.deletePvc(pvc, t('sim.pvc.ownedBySet', world.spec.name));
  }
}

export function failPod(world: World, pod: Pod): void {
  if (pod.terminating || pod.phase === 'Failed') return;
  pod.phase = 'Failed';
  pod.status = 'Error';
  pod.ready = false;
  pod.available = false;
  pod.reason = 'Evicted';
  world.refresh(pod.ordinal);
  world.emit('PodFailed', pod.name, { reason: 'Evicted', ip: pod.ip ?? undefined, message: t('sim.pod.failed', pod.name) });
  world.syncDns(pod);
}

export function setReadiness(world: World, pod: Pod, failing: boolean): void {
  pod.readinessFailing = failing;
  if (failing && pod.ready) {
    pod.ready = false;
    pod.available = false;
    pod.reason = 'Readiness probe failed';
    world.refresh(pod.ordinal);
    world.emit('PodNotReady', pod.name, { reason: 'ReadinessProbeFailed', ip: pod.ip ?? undefined, message: t('sim.pod.readinessFailing', pod.name) });
    world.syncDns(pod);
  } else if (!failing && pod.phase === 'Running' && !pod.ready && !pod.terminating) {
    world.schedule(world.env.readySeconds, 'ready', pod);
  }
}

export function runTimer(world: World, kind: string, pod: Pod): void {
  if (kind === 'start') startPod(world, pod);
  else if (kind === 'ready') becomeReady(world, pod);
  else if (kind === 'available') becomeAvailable(world, pod);
  else if (kind === 'gone') podGone(world, pod);
}
