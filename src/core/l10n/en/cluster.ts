// English strings of the simulated cluster: nodes, scheduling, volume zones, node failure and
// drains (simulate/nodes.ts, scheduler.ts, volumeBinding.ts, nodeLifecycle.ts, drain.ts) and the
// script's `environment.nodes`. The scheduler's and the apiserver's own texts stay in the code.
export const cluster = {
  // The script parser (scriptEnvironment.ts, scriptNodes.ts, script.ts)
  'sim.script.tooManyNodes': '{0}: {1} nodes is more than the simulator models (at most {2})',
  'sim.script.duplicateNode': '{0}: node "{1}" is listed twice: node names are unique in a cluster',
  'sim.script.labels': '{0} must be a map of label names to strings (got {1})',
  'sim.script.capacity': '{0} must be a non-negative number or a quantity such as 500m or 8Gi, pods a whole number (got {1})',
  'sim.script.zeroCapacity': '{0} is 0: a node that can hold no pod cannot run the set (leave the entry out for unlimited)',
  'sim.script.noNodes': 'none (environment.nodes is empty: one implicit node)',
  'sim.script.unknownNode': '{0}: no node named "{1}" in environment.nodes (nodes: {2})',
  'sim.script.nodeName': '{0} must be a node name of environment.nodes, e.g. node-a (got {1})',

  // Volumes (volumeProvisioner.ts, volumeBinding.ts)
  'sim.pvc.boundBy': '{0} bound to volume {1} (provisioned by StorageClass {2})',
  'sim.pvc.zoneBound': 'volume {0} lives in zone {1}: every pod that mounts {2} can only run on a node in {1}',
  'sim.pvc.reclaimDelete': '; its volume {0} and the data on it are deleted (reclaimPolicy: Delete)',
  'sim.pvc.reclaimRetain': '; its volume {0} keeps its data (reclaimPolicy: Retain): it is Released, and a new claim does not bind to it by itself',

  // Node failure (nodeLifecycle.ts)
  'sim.node.notReady':
    '{0} is NotReady: its kubelet stopped posting status, and the node gets the taint node.kubernetes.io/unreachable, which its pods tolerate for {1} s',
  'sim.node.podReason': 'node {0} is NotReady',
  'sim.node.podNotReady': '{0}: its node {1} is NotReady, so the pod is not Ready',
  'sim.node.taintEviction':
    'Marking for deletion Pod {0}/{1}: node {2} has been unreachable for {3} s (tolerationSeconds). No kubelet can stop it, so it stays Terminating, and the controller creates no replacement while it exists: force-delete it or add the out-of-service taint',
  'sim.node.outOfServiceEviction': 'Marking for deletion Pod {0}/{1}: node {2} has the out-of-service taint',
  'sim.node.outOfServiceGc':
    '{0} force-deleted by the pod garbage collector: node {1} is NotReady and out of service; its volumes are detached at once, so the replacement can attach them',
  'sim.node.ready': '{0} is Ready again: its kubelet posts status and carries on with its pods',
  'sim.forceDelete.notTerminating':
    'forceDeletePod {0}: the pod is not terminating right now (force-delete a pod stuck in Terminating, e.g. on a failed node; deletePod deletes a running one)',
  'sim.forceDelete.unreachable':
    '{0} force-deleted: the pod object is gone at once and the controller creates {0} again, but node {1} is unreachable and the old process may still be running there, with the same identity and volume',
  'sim.forceDelete.done': '{0} force-deleted: the pod object is gone at once, without waiting for its kubelet',
  'sim.step.failNode': 'node {0} fails: its kubelet stops posting status',
  'sim.step.restoreNode': 'node {0} comes back: its kubelet posts status again',

  // Drains (drain.ts)
  'sim.drain.evicted': '{0} evicted from {1}: the disruption budget allows it',
  'sim.drain.terminating': '{0} is evicted: it terminates gracefully, and the controller recreates it on a node that is not cordoned',
  'sim.drain.stalled':
    'kubectl drain {0} would wait forever: the eviction of {1} is refused and nothing left to happen can change that (the drain tries again after the next step)',
} as const;
