// The kubelet (with the scheduler's one message): runs a pod through Pending → Running → Ready →
// available on the environment's timers, acts out what its images do (setImage's outcome), fails
// readiness or the pod on request, and ends a pod's graceful termination. Every change goes
// through World.updatePod.
import { t } from '../l10n/messages';
import { syncDns } from './dns';
import { kubeletRuns } from './nodes';
import { schedulePod } from './scheduler';
import { isObject } from './spec';
import type { Outcome } from './types';
import { bindClaimsForPod, unboundClaimsMessage, unboundImmediateClaims } from './volumeBinding';
import type { Pod, World } from './world';

const SEVERITY: Record<Outcome, number> = { ready: 0, neverReady: 1, crashLoop: 2, imagePullError: 3 };

function podSpecOf(world: World, revision: string): Record<string, unknown> {
  const template = world.revisions.find((r) => r.name === revision)?.template;
  return isObject(template) && isObject(template.spec) ? template.spec : {};
}

function containersOf(world: World, revision: string): unknown[] {
  const spec = podSpecOf(world, revision);
  return Array.isArray(spec.containers) ? spec.containers : [];
}

/** The containers whose readiness makes the pod's: the app containers and the sidecars (init containers that restart Always). */
function readinessContainersOf(world: World, revision: string): unknown[] {
  const init = podSpecOf(world, revision).initContainers;
  const sidecars = Array.isArray(init) ? init.filter((c) => isObject(c) && c.restartPolicy === 'Always') : [];
  return [...containersOf(world, revision), ...sidecars];
}

/**
 * Seconds from Running to Ready. The kubelet marks a container without a readinessProbe ready as
 * soon as it runs (prober_manager.go UpdatePodStatus: `ready = !exists // no readinessProbe -> always
 * ready`); one with a probe after the probe's initialDelaySeconds and its first success, which the
 * environment's readySeconds stands for. The pod is Ready when its slowest container is.
 */
export function readinessDelay(world: World, revision: string): number {
  let delay = 0;
  for (const container of readinessContainersOf(world, revision)) {
    const probe = isObject(container) ? container.readinessProbe : undefined;
    if (!isObject(probe)) continue;
    const initialDelay = typeof probe.initialDelaySeconds === 'number' && probe.initialDelaySeconds > 0 ? probe.initialDelaySeconds : 0;
    delay = Math.max(delay, initialDelay + world.env.readySeconds);
  }
  return delay;
}

/** What running a revision does: the worst outcome among its containers' images. */
export function outcomeOf(world: World, revision: string): Outcome {
  let worst: Outcome = 'ready';
  for (const container of containersOf(world, revision)) {
    const image = isObject(container) && typeof container.image === 'string' ? container.image : '';
    const outcome = world.outcomes.get(image) ?? 'ready';
    if (SEVERITY[outcome] > SEVERITY[worst]) worst = outcome;
  }
  return worst;
}

function failingImageOf(world: World, revision: string): string {
  const bad = containersOf(world, revision).find((c) => isObject(c) && world.outcomes.get(String(c.image)) === 'imagePullError');
  return isObject(bad) ? String(bad.image) : '';
}

/**
 * A pod just created: scheduled once its claims are bound (else the scheduler's message), then
 * started. With nodes given the scheduler (scheduler.ts) places it after PodCreated.
 */
export function admitPod(world: World, pod: Pod, unboundClaims: readonly string[]): void {
  const unbound = unboundImmediateClaims(world, world.claimsOf(pod).filter((c) => unboundClaims.includes(c.name)));
  if (unbound.length > 0) world.updatePod(pod, { reason: unboundClaimsMessage(world, unbound) });
  else if (!world.cluster) world.updatePod(pod, { status: 'ContainerCreating' });
}

/** Schedules the start of an admitted pod whose claims are bound (on the implicit node), or asks the scheduler for a node. */
export function schedulePodStart(world: World, pod: Pod): void {
  if (world.cluster) return schedulePod(world, pod);
  if (pod.status !== 'ContainerCreating') return;
  bindClaimsForPod(world, pod, null);
  world.schedule(world.env.podStartSeconds, 'start', pod);
}

function startPod(world: World, pod: Pod): void {
  const ip = world.nextIp();
  if (outcomeOf(world, pod.revision) === 'imagePullError') {
    const reason = `Back-off pulling image "${failingImageOf(world, pod.revision)}"`;
    world.updatePod(pod, { ip, status: 'ImagePullBackOff', reason });
    world.emit({ time: world.time, type: 'PodNotReady', object: pod.name, ip, reason: 'ImagePullBackOff', message: `${pod.name}: ${reason}` });
    return;
  }
  world.updatePod(pod, { ip, phase: 'Running', status: 'Running' });
  world.emit({ time: world.time, type: 'PodRunning', object: pod.name, ip, revision: pod.revision, message: t('sim.pod.running', pod.name, ip) });
  syncDns(world, pod);
  const delay = readinessDelay(world, pod.revision);
  // Without a probe the kubelet reports Running and Ready in the same status update.
  if (delay === 0) becomeReady(world, pod);
  else world.schedule(delay, 'ready', pod);
}

function becomeReady(world: World, pod: Pod): void {
  if (pod.terminating || pod.phase !== 'Running' || pod.ready) return;
  const outcome = outcomeOf(world, pod.revision);
  const ip = pod.ip ?? undefined;
  if (outcome === 'crashLoop') {
    world.updatePod(pod, { status: 'CrashLoopBackOff', restarts: pod.restarts + 1, reason: 'Back-off restarting failed container' });
    world.emit({ time: world.time, type: 'PodNotReady', object: pod.name, ip, reason: 'CrashLoopBackOff', message: t('sim.pod.crashLoop', pod.name) });
    return;
  }
  if (outcome === 'neverReady' || pod.readinessFailing) {
    world.updatePod(pod, { reason: 'Readiness probe failed' });
    world.emit({ time: world.time, type: 'PodNotReady', object: pod.name, ip, reason: 'ReadinessProbeFailed', message: t('sim.pod.readinessFailed', pod.name) });
    return;
  }
  world.updatePod(pod, { ready: true, reason: undefined });
  const problem = world.service?.problem;
  const message = !world.service?.governs && problem ? t('sim.pod.readyNoDns', pod.name, problem) : t('sim.pod.ready', pod.name);
  world.emit({ time: world.time, type: 'PodReady', object: pod.name, ip, revision: pod.revision, message });
  syncDns(world, pod);
  if (world.spec.minReadySeconds === 0) becomeAvailable(world, pod);
  else world.schedule(world.spec.minReadySeconds, 'available', pod);
}

function becomeAvailable(world: World, pod: Pod): void {
  if (!pod.ready || pod.available) return;
  world.updatePod(pod, { available: true });
  world.emit({ time: world.time, type: 'PodAvailable', object: pod.name, message: t('sim.pod.available', pod.name, world.spec.minReadySeconds) });
}

/** Graceful deletion: the pod turns not ready at once and is gone after terminationSeconds. `reason`: Controller, User or GarbageCollector. */
export function terminatePod(world: World, pod: Pod, reason: string, message: string): void {
  if (pod.terminating) return;
  world.updatePod(pod, { terminating: true, ready: false, available: false, status: 'Terminating' });
  world.emit({ time: world.time, type: 'PodTerminating', object: pod.name, reason, revision: pod.revision, ip: pod.ip ?? undefined, message });
  syncDns(world, pod);
  // On a NotReady node no kubelet ends the pod: it stays Terminating (nodeLifecycle.ts).
  if (kubeletRuns(world.cluster, pod)) world.schedule(world.env.terminationSeconds, 'gone', pod);
}

function podGone(world: World, pod: Pod): void {
  world.removePod(pod);
  world.emit({ time: world.time, type: 'PodDeleted', object: pod.name, message: t('sim.pod.gone', pod.name) });
}

/** An eviction: phase Failed (the controller then deletes and recreates the pod). */
export function failPod(world: World, pod: Pod): void {
  if (pod.terminating || pod.phase === 'Failed') return;
  world.updatePod(pod, { phase: 'Failed', status: 'Error', ready: false, available: false, reason: 'Evicted' });
  world.emit({ time: world.time, type: 'PodFailed', object: pod.name, reason: 'Evicted', ip: pod.ip ?? undefined, message: t('sim.pod.failed', pod.name) });
  syncDns(world, pod);
}

/** The readiness probe starts failing, or passes again (then the pod turns Ready after readySeconds). */
export function setReadiness(world: World, pod: Pod, failing: boolean): void {
  world.updatePod(pod, { readinessFailing: failing });
  if (failing && pod.ready) {
    world.updatePod(pod, { ready: false, available: false, reason: 'Readiness probe failed' });
    world.emit({ time: world.time, type: 'PodNotReady', object: pod.name, reason: 'ReadinessProbeFailed', ip: pod.ip ?? undefined, message: t('sim.pod.readinessFailing', pod.name) });
    syncDns(world, pod);
  } else if (!failing && pod.phase === 'Running' && !pod.ready && !pod.terminating) {
    world.schedule(world.env.readySeconds, 'ready', pod);
  }
}

/** A kubelet timer firing; returns whether the pod is now gone (the garbage collector watches for that). */
export function runTimer(world: World, kind: string, pod: Pod): boolean {
  // A NotReady node's kubelet does nothing; restoreNode starts its timers again.
  if (!kubeletRuns(world.cluster, pod)) return false;
  if (kind === 'start') startPod(world, pod);
  else if (kind === 'ready') becomeReady(world, pod);
  else if (kind === 'available') becomeAvailable(world, pod);
  else if (kind === 'gone') podGone(world, pod);
  return kind === 'gone';
}
