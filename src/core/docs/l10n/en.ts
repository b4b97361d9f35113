// English strings of the hovers and completions we write (keys `hover.*`, `complete.*`, `list.*`), next to their owner;
// t from docs/strings.ts reads them. Simplified Chinese in zh-cn.ts (complete: test/unit/l10n.test.ts).
export const hover = {
  'list.and': 'and',

  // Hover: the field itself
  'hover.required': 'required',
  'hover.values': 'Values: {0}',
  'hover.kubernetesApi': 'Kubernetes {0} API',
  'hover.kubernetesApiNearest': 'Kubernetes {0} API, the nearest the checker has to the targeted {1}',
  'hover.notInTarget': 'Not in the {0}; the Kubernetes {1} API has this field',
  'hover.rule.readme': 'Rule documentation',
  'hover.rule.kubernetesDocs': 'Kubernetes documentation',
  'hover.rule.fix': 'Fix:',

  // Hover: identity and storage
  'hover.pods.none': 'No pods (replicas 0).',
  'hover.pods.one': 'Pod: {0}',
  'hover.pods.many': '{0} pods: {1}',
  'hover.claims': 'Claim template {0} gives each pod its own PVC, created before the pod and kept when the pod is recreated: {1}',
  'hover.claims.none': 'Claim template {0} gives each pod its own PVC, named {1}.',
  'hover.serviceName.unset': 'No `serviceName`: pods get no subdomain, so they have no per-pod DNS names.',
  'hover.serviceName.invalid': '{0} is not a valid Service name (a DNS-1035 label), so no Service can govern these pods.',
  'hover.service.ok': 'Governing Service: {0} in namespace {1} ({2}): headless, and its selector selects the pod template labels.',
  'hover.service.notQualifying': 'Service {0} in namespace {1} ({2}) does not qualify as the governing Service:',
  'hover.service.notHeadless': 'it is not headless: it needs `clusterIP: None` (a live Service has to be re-created for that).',
  'hover.service.noSelector': 'it has no selector, so it selects no pods.',
  'hover.service.selectorMismatch': 'its selector {0} does not select the pod template labels {1}.',
  'hover.service.notFound': 'No Service {0} in namespace {1} among the YAML files of the workspace.',
  'hover.service.otherNamespace':
    "No Service {0} in namespace {1}; there is one in {2}, but the governing Service must be in the StatefulSet's namespace.",
  'hover.service.sameFile': 'this file',
  'hover.service.governs': 'Governing Service of StatefulSet {0} ({1}).',
  'hover.service.governsBroken': "It does not qualify yet: see the hover on that StatefulSet's `serviceName`.",
  'hover.dns.title': 'Pod DNS names, under {0} (`cluster.local` is the default cluster domain):',
  'hover.dns.titlePending': 'Pod DNS names once a qualifying Service exists, under {0} (`cluster.local` is the default cluster domain):',
  'hover.dns.ready': "A pod's name resolves once the pod is Ready, unless the Service sets `publishNotReadyAddresses: true`.",

  // Hover: what the controller does
  'hover.policy.waitReady': 'Running and Ready',
  'hover.policy.waitAvailable': 'Running, Ready and available (Ready for {0} s, `minReadySeconds`)',
  'hover.policy.orderedReady':
    '`OrderedReady`: pods are created one at a time in ascending ordinal order ({0} first), each only once every lower pod is {1}. Scale-down deletes the highest ordinal first, one pod at a time, each only after the previous one is completely gone. A pod that is not Ready, or is terminating, holds back all scaling and rolling updates. The policy cannot be changed after creation.',
  'hover.policy.parallel':
    '`Parallel`: all missing pods are created at once, and all pods removed by a scale-down are deleted at once, without waiting for any pod to be Ready. Rolling updates still replace one pod at a time; as scaling never waits, an outdated pod that is not Ready is replaced too, so a rollback from a broken revision proceeds on its own. The policy cannot be changed after creation.',
  'hover.policy.invalid': '{0} is not a valid policy: the apiserver accepts `OrderedReady` (the default) or `Parallel`.',
  'hover.update.rolling':
    '`RollingUpdate`: when `spec.template` changes, the controller deletes and recreates one pod at a time, from the highest ordinal down, and waits for each new pod to be {0} before the next. Only `spec.template` makes a new revision: changing replicas, the update strategy, `minReadySeconds` or the retention policy replaces no pod.',
  'hover.update.onDelete':
    '`OnDelete`: the controller never deletes pods after a `spec.template` change. A pod gets the new revision only when it is deleted (by you, or because it failed) and recreated; pods added by a scale-up get it too. `status.currentRevision` is not advanced.',
  'hover.update.invalid': '{0} is not a valid update strategy: the apiserver accepts `RollingUpdate` (the default) or `OnDelete`.',
  'hover.partition.zero': 'Partition 0: every pod is updated, from the highest ordinal down.',
  'hover.partition.none': 'Partition {0} ≥ replicas {1}: no pod is updated; every pod stays at the current revision (allowed, e.g. to stage an update).',
  'hover.partition.split.one.one': '{0} is updated; {1} stays at the current revision, and is recreated at it if deleted.',
  'hover.partition.split.one.many': '{0} is updated; {1} stay at the current revision, and are recreated at it if deleted.',
  'hover.partition.split.many.one': '{0} are updated; {1} stays at the current revision, and is recreated at it if deleted.',
  'hover.partition.split.many.many': '{0} are updated; {1} stay at the current revision, and are recreated at it if deleted.',
  'hover.partition.index': 'The partition counts pod indices from `ordinals.start` ({0}), not ordinals: the lowest pod updated is {1}.',
  'hover.partition.onDelete': 'The partition applies only to `RollingUpdate`; the apiserver rejects a `rollingUpdate` block with type `OnDelete`.',
  'hover.partition.generic':
    'Pods whose index (counted from `ordinals.start`) is at or above the partition are updated; the others stay at the current revision, and are recreated at it if deleted.',
  'hover.maxUnavailable.budget':
    'A rolling update deletes outdated pods in batches, highest index first and never below the partition, so that at most {0} pods are unavailable at once. Unavailable pods anywhere in the set, also below the partition, count against this budget.',
  'hover.maxUnavailable.percent': '{0} of {1} replicas is {2}: the controller rounds a percentage down (to at least 1), whatever the description above says.',
  'hover.maxUnavailable.ordered': 'With `OrderedReady` the deleted pods come back one at a time, in ascending order.',
  'hover.maxUnavailable.gate':
    'Needs the `MaxUnavailableStatefulSet` feature gate (alpha since 1.24, beta and on by default since 1.35). Where the gate is off, the apiserver drops the field and pods are replaced one at a time.',
  'hover.minReady.zero': 'A pod counts as available as soon as it is Ready.',
  'hover.minReady.ordered':
    'A pod counts as available {0} s after it became Ready. Scale-up (`OrderedReady`) creates the next pod only once the previous one is available, and a rolling update waits for each new pod to be available before replacing the next.',
  'hover.minReady.parallel':
    'A pod counts as available {0} s after it became Ready. A rolling update waits for each new pod to be available before replacing the next; scaling does not wait (`Parallel`).',
  'hover.retention.whenDeleted.retain': 'deleting the StatefulSet keeps its PVCs.',
  'hover.retention.whenDeleted.delete': 'when the StatefulSet is deleted, the garbage collector deletes its PVCs, each once no pod uses it any more.',
  'hover.retention.whenScaled.retain': 'claims of pods removed by scale-down are kept, and reused with their data when the set scales back up.',
  'hover.retention.whenScaled.delete':
    'claims of pods removed by scale-down are deleted after the pod. Pods deleted for any other reason (update, eviction, manual delete) keep their claims. Scaling back up before an old claim is gone waits for it, then creates a new, empty one.',
  'hover.retention.claims': 'PVCs of this StatefulSet: {0}.',
  'hover.retention.noClaims': 'This StatefulSet has no claim templates, so the policy has nothing to act on.',
  'hover.retention.invalid': '{0} must be `Retain` (the default) or `Delete`; the apiserver rejects {1}.',

  // Completion
  'complete.required': 'required',
  'complete.service.selects': 'headless Service in {0}, selects the pods',
  'complete.service.other': 'headless Service in {0}, does not select the pods',
  'complete.claimTemplate': 'claim template (PVCs {0})',
  'complete.volume': 'volume of the pod template',
  'complete.templateLabel': 'label of the pod template',
  'complete.selectorLabel': 'label of spec.selector.matchLabels',
  'complete.stsLabel': 'pod template label of StatefulSet {0}',
  'complete.snippet.claimTemplate': 'claim template: name, ReadWriteOnce, storage request',
  'complete.value.retain': 'keep the PVCs',
  'complete.value.delete': 'delete the PVCs',
  'complete.value.headless': 'headless: no cluster IP; DNS answers with the addresses of the selected pods',
} as const;
