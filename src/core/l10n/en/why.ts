// English "why" of each timeline event (the panel's expandable explanation): one or two sentences
// from the controller's point of view, keys `sim.why.*`. simulate/why.ts picks the key and the
// kubernetes.io section it links to; {0} is the event's object, {1} the pod before it.
export const why = {
  'sim.why.toggle': 'why?',
  'sim.why.docs': 'Kubernetes documentation',
  'sim.why.stepStarted': 'Something changed the cluster (a kubectl command of the script or the panel): the controller sees the change on its next sync and compares the pods with the spec again.',
  'sim.why.revisionCreated':
    'The controller records every distinct pod template as a ControllerRevision and labels each pod with its name (controller-revision-hash), so it always knows which pods run the current template.',
  'sim.why.revisionReused': 'The template equals an older revision again: the controller reuses that ControllerRevision, which is how a rollback keeps the old name.',
  'sim.why.pvcCreated':
    'Before it creates a pod, the controller creates each claim of volumeClaimTemplates for it, named <template>-<pod>. The claim belongs to the ordinal, not to one pod: it is created once and reused by every pod of that name.',
  'sim.why.pvcBound': 'The StorageClass provisioned a volume and bound the claim to it. The pod can now be scheduled; recreated pods mount the same volume, so their data is still there.',
  'sim.why.pvcPending':
    'No StorageClass provisions this claim (the template names none and the cluster has no default), so it stays Pending; the pod that needs it cannot be scheduled, and OrderedReady waits on it forever.',
  'sim.why.pvcDeleted': 'persistentVolumeClaimRetentionPolicy says Delete: the claim is owned by the pod or the StatefulSet and the garbage collector deletes it with its owner. The default, Retain, keeps it.',
  'sim.why.podCreatedFirst': 'The controller creates the pods in ordinal order, lowest first: {0} comes first, and gets the same name, hostname and claims every time it is created.',
  'sim.why.podCreatedOrdered': 'OrderedReady: the controller creates {0} only after {1} is Running and Ready.',
  'sim.why.podCreatedParallel': 'Parallel: the controller creates {0} without waiting for {1} to be Running or Ready.',
  'sim.why.podRecreated': '{0} was missing, so the controller recreates it under the same name, with the same hostname, DNS name and claims; only its IP will be new.',
  'sim.why.podRunning': 'The kubelet started the containers and the pod network gave {0} an IP. The IP belongs to this incarnation of the pod: a recreated pod gets a new one, so clients use the DNS name.',
  'sim.why.podReady':
    'The readiness probe passed (a container without one is Ready as soon as it runs). Ready is what OrderedReady waits for before it touches the next pod, and what publishes the pod in DNS.',
  'sim.why.podNotReady': 'The readiness probe fails: the pod leaves the Service\'s DNS answers, and OrderedReady holds every creation, deletion and update until it is Ready again.',
  'sim.why.podAvailable': 'The pod has been Ready for minReadySeconds: only now does the controller count it as available and move on to the next ordinal.',
  'sim.why.podFailed': 'The pod failed (evicted, or its containers exited): the controller deletes it and creates it again with the same identity.',
  'sim.why.terminatingController':
    'The controller deletes pods itself when scaling down (highest ordinal first, one at a time under OrderedReady) and when a rolling update replaces them (also from the highest ordinal).',
  'sim.why.terminatingUser': 'You deleted {0}. The StatefulSet still wants it, so the controller will create it again, under the same name, once the old one is gone.',
  'sim.why.terminatingGc':
    'The StatefulSet was deleted: the garbage collector deletes the pods it owned, all at once and in no particular order. To stop them in order, scale to 0 first.',
  'sim.why.podDeleted': '{0} is gone. Its claims stay (unless the retention policy says Delete): a pod created under this name later mounts the same volumes.',
  'sim.why.dnsAdded': 'The pod is Ready and selected by the headless Service, so cluster DNS answers {0} with the pod\'s current IP: a stable name for a pod whose IP changes.',
  'sim.why.dnsRemoved': 'The pod is not Ready or is gone: DNS stops answering this name until a pod of the same name is Ready again.',
  'sim.why.blockedWaiting':
    'OrderedReady: the controller handles one pod at a time and goes no further while a pod before it is not Running and Ready (or is terminating). It tries again on its next sync.',
  'sim.why.blockedForbidden': 'The apiserver refused the change: most of a StatefulSet\'s spec cannot be updated once it exists (only replicas, template, updateStrategy and a few more).',
  'sim.why.blockedNotFound': 'The step names a pod that does not exist at this moment, so it changes nothing.',
  'sim.why.statusUpdated': 'The controller writes what it counted into .status (replicas, readyReplicas, currentRevision, …): what kubectl get statefulset shows.',
  'sim.why.settled': 'Every pod matches the spec and nothing is in progress: the controller has nothing to do until something changes.',
  'sim.why.podScheduled':
    'The scheduler bound {0} to a node that passed every filter (free capacity, nodeSelector, anti-affinity, topology spread, the zone of its volume) and scored best; the kubelet on that node starts it.',
  'sim.why.failedScheduling':
    'No node passed the scheduler\'s filters for {0}: the message counts why each node was ruled out. The pod stays Pending and the scheduler tries again when something changes; under OrderedReady the pods after it wait too.',
  'sim.why.nodeNotReady':
    'The node stopped reporting, so the node controller marks it NotReady and taints it. Its pods stop being Ready; after tolerationSeconds (300 s by default) they are marked for deletion, but with the kubelet gone nobody confirms they stopped: they stay Terminating, and the StatefulSet creates no replacement while the old pod exists.',
  'sim.why.nodeReady': 'The node reports again: it is Ready, its taint goes away, and its kubelet finishes deleting the pods that were marked for deletion meanwhile.',
  'sim.why.evictionRefused':
    'kubectl drain asked to evict {0} and the apiserver refused: the PodDisruptionBudget allows no disruption now (too few healthy pods). The drain waits and tries again every few seconds.',
  'sim.why.podEvicted':
    'The PodDisruptionBudget allowed one more disruption, so {0} was evicted from the node being drained. The StatefulSet creates it again under the same name, on a node that is not cordoned.',
  'sim.why.pvcZoneBound':
    'The volume of {0} now lives in zone {1} for good: a volume cannot move between zones, so every pod that mounts this claim must run on a node in {1}. With WaitForFirstConsumer the zone is that of the node chosen for the first pod.',
  'sim.why.terminatingEviction': '{0} was evicted (kubectl drain): the eviction honoured the PodDisruptionBudget, and the pod terminates gracefully.',
  'sim.why.terminatingTaint':
    'The node has been unreachable for longer than the pod tolerates (tolerationSeconds, 300 s by default): the taint eviction controller marked it for deletion. With no kubelet to confirm, it stays Terminating.',
  'sim.why.stepFailNode':
    'The node stops answering (a crash, a lost network). The control plane cannot tell whether its pods still run, so it never frees their identity on its own: they are marked for deletion and stay Terminating until the node returns, someone force-deletes them, or the node is tainted out-of-service.',
  'sim.why.stepRestoreNode': 'The node is back: its kubelet reports Ready again and completes what was asked of it meanwhile, such as deleting pods marked for deletion.',
  'sim.why.stepForceDelete':
    'A force delete removes the pod object at once, without waiting for the kubelet to confirm that the containers stopped; the controller creates the replacement right away. The old process may still be running on the unreachable node; two pods with the same identity may write to the same volume.',
  'sim.why.stepOutOfService':
    'The node.kubernetes.io/out-of-service taint tells Kubernetes that the node is shut down for sure: its pods are force-deleted and their volumes detached, so the replacements can start on other nodes. Add it only when the node is really off.',
  'sim.why.stepCordon': 'kubectl cordon marks the node unschedulable: no new pod lands on it, and the pods already there keep running.',
  'sim.why.stepUncordon': 'kubectl uncordon makes the node schedulable again; pods that could not be placed can now go there.',
  'sim.why.stepDrain':
    'kubectl drain cordons the node, then evicts its pods one by one through the Eviction API, which honours PodDisruptionBudgets: an eviction the budget does not allow is refused and retried. The controller\'s own rolling update ignores budgets.',
} as const;
