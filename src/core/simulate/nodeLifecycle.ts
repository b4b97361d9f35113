// Node failure and its remedies, after kubernetes pkg/controller/nodelifecycle (a node whose kubelet
// stops posting status turns NotReady and gets the NoExecute taint node.kubernetes.io/unreachable),
// pkg/controller/tainteviction (a pod tolerates that taint for its tolerationSeconds, 300 s as the
// DefaultTolerationSeconds admission plugin adds it unless the pod has its own, then is marked for
// deletion (processPodOnNode, getMinTolerationTime); with no kubelet
// to finish it, it stays Terminating) and pkg/controller/podgc (gcTerminating: on a NotReady node
// with the out-of-service taint, terminating pods are force-deleted and their volumes detached).
import { t } from '../l10n/messages';
import { syncDns } from './dns';
import { collectAfterPod } from './garbageCollector';
import { terminatePod } from './kubelet';
import type { SimNode } from './nodes';
import { placementOf } from './scheduler';
import { DEFAULT_TOLERATION_SECONDS, evictionDelay, OUT_OF_SERVICE_TAINT, UNREACHABLE_NO_EXECUTE } from './taints';
import type { Pod, World } from './world';

/** DefaultTolerationSeconds: the toleration every pod gets for not-ready and unreachable nodes, unless it has its own. */
export const TOLERATION_SECONDS = DEFAULT_TOLERATION_SECONDS;

/** A step the apiserver refuses outright: the CLI exits 2 with its message, the panel disables the control. */
export class ScriptError extends Error {}

function podsOn(world: World, node: SimNode): Pod[] {
  return [...node.pods].sort((a, b) => a[1] - b[1]).map(([name]) => world.pods.get(name)).filter((p): p is Pod => p !== undefined);
}

/** The node's kubelet stops posting status: NodeNotReady, its pods not ready, and their eviction after tolerationSeconds. */
export function failNode(world: World, node: SimNode): void {
  if (!node.ready) return;
  world.cluster!.updateNode(node, { ready: false });
  world.emit({ time: world.time, type: 'NodeNotReady', object: node.spec.name, message: t('sim.node.notReady', node.spec.name, TOLERATION_SECONDS) });
  for (const pod of podsOn(world, node)) {
    if (!pod.ready) continue;
    world.updatePod(pod, { ready: false, available: false, reason: t('sim.node.podReason', node.spec.name) });
    world.emit({ time: world.time, type: 'PodNotReady', object: pod.name, reason: 'NodeNotReady', ip: pod.ip ?? undefined, message: t('sim.node.podNotReady', pod.name, node.spec.name) });
    syncDns(world, pod);
  }
  const delays = [...new Set(podsOn(world, node).map((pod) => unreachableDelay(world, pod)))];
  const cancels = delays.filter((d): d is number => d !== undefined).sort((a, b) => a - b).map((d) => world.scheduleCall(d, () => evictFromUnreachable(world, node, d)));
  node.cancelEviction = () => cancels.forEach((cancel) => cancel());
}

/** How long the pod stays on an unreachable node (its tolerationSeconds for the NoExecute taint); undefined: for good. */
function unreachableDelay(world: World, pod: Pod): number | undefined {
  return evictionDelay(placementOf(world, pod.revision).tolerations, UNREACHABLE_NO_EXECUTE);
}

/** The taint eviction controller, `seconds` after the taint: the pods still on the node whose tolerations ran out then are marked for deletion (and stay Terminating). */
function evictFromUnreachable(world: World, node: SimNode, seconds: number): void {
  for (const pod of podsOn(world, node)) {
    if (unreachableDelay(world, pod) !== seconds) continue;
    const message = t('sim.node.taintEviction', world.spec.namespace, pod.name, node.spec.name, seconds);
    terminatePod(world, pod, 'TaintManagerEviction', message);
  }
}

/** `kubectl delete pod --force --grace-period=0`: the object goes at once, whatever its kubelet is doing. */
export function forceDeletePod(world: World, podName: string): void {
  const pod = world.pods.get(podName);
  if (!pod?.terminating) throw new ScriptError(t('sim.forceDelete.notTerminating', podName));
  const node = pod.node === null ? undefined : world.cluster?.node(pod.node);
  const message = node && !node.ready ? t('sim.forceDelete.unreachable', pod.name, node.spec.name) : t('sim.forceDelete.done', pod.name);
  removeAtOnce(world, pod, message);
}

function removeAtOnce(world: World, pod: Pod, message: string): void {
  world.removePod(pod);
  world.emit({ time: world.time, type: 'PodDeleted', object: pod.name, reason: 'ForceDeleted', message });
  collectAfterPod(world, pod);
}

/**
 * Non-graceful node shutdown: the taint evicts every pod that does not tolerate it (one that does,
 * for tolerationSeconds, after them); on a NotReady node podgc force-deletes them at once.
 */
export function addOutOfServiceTaint(world: World, node: SimNode): void {
  world.cluster!.updateNode(node, { outOfService: true });
  for (const pod of podsOn(world, node)) {
    const delay = evictionDelay(placementOf(world, pod.revision).tolerations, OUT_OF_SERVICE_TAINT);
    if (delay === 0) evictOutOfService(world, node, pod);
    else if (delay !== undefined) world.scheduleCall(delay, () => evictOutOfService(world, node, pod));
  }
}

function evictOutOfService(world: World, node: SimNode, pod: Pod): void {
  if (world.pods.get(pod.name) !== pod || pod.node !== node.spec.name) return;
  terminatePod(world, pod, 'TaintManagerEviction', t('sim.node.outOfServiceEviction', world.spec.namespace, pod.name, node.spec.name));
  if (!node.ready) removeAtOnce(world, pod, t('sim.node.outOfServiceGc', pod.name, node.spec.name));
}

/** The kubelet posts status again: NodeReady, and it carries on with its pods (a Terminating one completes its deletion). */
export function restoreNode(world: World, node: SimNode): void {
  if (node.ready) return;
  world.cluster!.updateNode(node, { ready: true });
  node.cancelEviction();
  world.cluster!.changed = true;
  world.emit({ time: world.time, type: 'NodeReady', object: node.spec.name, message: t('sim.node.ready', node.spec.name) });
  for (const pod of podsOn(world, node)) {
    if (pod.terminating) world.schedule(world.env.terminationSeconds, 'gone', pod);
    else if (pod.status === 'ContainerCreating') world.schedule(world.env.podStartSeconds, 'start', pod);
    else if (pod.phase === 'Running' && !pod.ready) world.schedule(world.env.readySeconds, 'ready', pod);
  }
}

/** cordonNode / uncordonNode: spec.unschedulable; uncordoning may let a Pending pod in. */
export function setCordoned(world: World, node: SimNode, cordoned: boolean): void {
  world.cluster!.updateNode(node, { cordoned });
  if (!cordoned) world.cluster!.changed = true;
}
