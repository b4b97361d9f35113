// English strings of the StatefulSet rules (files sts-*.ts): messages, docs and fix titles, keys `rule.<id>.*`.
export const rulesSts = {
  // sts-active-deadline-forbidden
  'rule.sts-active-deadline-forbidden.summary':
    '`activeDeadlineSeconds` kills a pod after a fixed time, which makes no sense for the long-running pods of a StatefulSet; the apiserver forbids it in the pod template.',
  'rule.sts-active-deadline-forbidden.remediation': 'Remove `activeDeadlineSeconds` from `spec.template.spec`. For work with a deadline use a Job.',
  'rule.sts-active-deadline-forbidden.message': '{0}: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported (value {1})',

  // sts-api-version-removed
  'rule.sts-api-version-removed.summary':
    'The StatefulSet uses an apiVersion that Kubernetes no longer serves (apps/v1beta1 and apps/v1beta2 were removed in v1.16).',
  'rule.sts-api-version-removed.remediation': 'Use `apiVersion: apps/v1`. In apps/v1 `spec.selector` is required and must match the template labels.',
  'rule.sts-api-version-removed.message': 'apiVersion "{0}" is no longer served for StatefulSet (removed in Kubernetes v1.16): use "apps/v1"',
  'rule.sts-api-version-removed.fix.apiVersion': 'Change apiVersion to apps/v1',

  // sts-max-unavailable-feature-gated
  'rule.sts-max-unavailable-feature-gated.summary':
    '`maxUnavailable` for StatefulSets is behind the `MaxUnavailableStatefulSet` feature gate: alpha and off by default up to v1.34, beta and on by default from v1.35. Where the gate is off the apiserver silently drops the field and pods are updated one at a time.',
  'rule.sts-max-unavailable-feature-gated.remediation':
    'Check the cluster version and feature gates; on clusters before v1.35 expect one-pod-at-a-time updates unless the gate is enabled.',
  'rule.sts-max-unavailable-feature-gated.message':
    '{0} {1} needs the MaxUnavailableStatefulSet feature gate (off by default before v1.35): without it the field is silently dropped and pods are updated one at a time',

  // sts-max-unavailable-invalid ({2} is the apiserver's own wording)
  'rule.sts-max-unavailable-invalid.summary':
    '`spec.updateStrategy.rollingUpdate.maxUnavailable` must be a positive number of pods or a percentage from 1% to 100% (`"25%"`); 0, `0%`, more than 100% and malformed percentages are rejected by the apiserver.',
  'rule.sts-max-unavailable-invalid.remediation':
    'Use a whole number of pods (`2`) or a quoted percentage such as `"25%"`, or remove the field (the controller then updates one pod at a time).',
  'rule.sts-max-unavailable-invalid.message': '{0}: Invalid value: {1}: {2}',

  // sts-name-invalid ({2} is the apiserver's own wording)
  'rule.sts-name-invalid.summary':
    'A StatefulSet needs `metadata.name` (or `generateName`), and since Kubernetes v1.27 the name must be a DNS-1123 label: at most 63 lowercase letters, digits and `-`, starting and ending with a letter or digit, no dots.',
  'rule.sts-name-invalid.remediation':
    'Give the StatefulSet a short lowercase name such as `web` or `mysql-primary`; it becomes the prefix of every pod name (`web-0`).',
  'rule.sts-name-invalid.message.required': 'metadata.name: Required value: name or generateName is required',
  'rule.sts-name-invalid.message.invalid': '{0}: Invalid value: {1}: {2}',

  // sts-name-too-long-for-pods
  'rule.sts-name-too-long-for-pods.summary':
    'The apiserver accepts StatefulSet names up to 63 characters, but the controller labels every pod `controller-revision-hash: <name>-<hash>` (the ControllerRevision name, hash up to 10 characters), and a label value may not exceed 63 characters. With a name over 52 characters pod creation fails with `FailedCreate` and the set never gets a pod. The pod name `<name>-<ordinal>` is also the pod hostname, itself limited to 63 characters.',
  'rule.sts-name-too-long-for-pods.remediation':
    'Shorten `metadata.name` to at most 52 characters. The name cannot be changed in place: delete the StatefulSet (with `--cascade=orphan` to keep pods and claims) and create it under the new name.',
  'rule.sts-name-too-long-for-pods.message.nameTooLong':
    'metadata.name {0} is {1} characters, more than {2}: every pod gets the label controller-revision-hash: "{3}-<hash>" (hash up to {4} characters) and a label value may have at most {5}, {6}',
  'rule.sts-name-too-long-for-pods.message.hostnameAlso': '; the pod name {0} is also too long for a hostname ({1} > {2})',
  'rule.sts-name-too-long-for-pods.message.hostname':
    'pod name {0} (metadata.name + "-" + highest ordinal {1}) is {2} characters: pod hostnames are DNS-1123 labels of at most {3}, so the controller cannot create that pod',
  'rule.sts-name-too-long-for-pods.consequence.never': 'so the controller can never create a pod',
  'rule.sts-name-too-long-for-pods.consequence.sometimes':
    'so pod creation fails (FailedCreate) whenever the hash is longer than {0} characters, for about {1}% of template revisions',

  // sts-negative-value
  'rule.sts-negative-value.summary':
    '`spec.replicas`, `spec.minReadySeconds`, `spec.ordinals.start` and `spec.updateStrategy.rollingUpdate.partition` must be 0 or more; the apiserver rejects negative values.',
  'rule.sts-negative-value.remediation':
    'Use 0 or a positive number, or remove the field to get its default (replicas 1, minReadySeconds 0, start 0, partition 0).',
  'rule.sts-negative-value.message': '{0}: Invalid value: {1}: must be greater than or equal to 0',

  // sts-no-readiness-probe
  'rule.sts-no-readiness-probe.summary':
    'With the `OrderedReady` pod management policy (the default) the controller waits for each pod to be Ready before it starts the next one, and rolling updates wait the same way. A container without a `readinessProbe` is Ready as soon as it is running, so the ordering guarantees little: the next pod starts before the previous one can serve.',
  'rule.sts-no-readiness-probe.remediation':
    'Add a `readinessProbe` that succeeds only when the member can serve (has joined the cluster, caught up replication, …).',
  'rule.sts-no-readiness-probe.message':
    'no container in spec.template.spec.containers has a readinessProbe: with podManagementPolicy OrderedReady each pod counts as Ready as soon as it runs, so the next pod starts before this one can serve',

  // sts-partition-exceeds-replicas
  'rule.sts-partition-exceeds-replicas.summary':
    'With a rolling-update `partition`, only pods whose ordinal is at least the partition are updated. When the partition is greater than `spec.replicas`, no pod qualifies and changes to the pod template are never rolled out. Kubernetes accepts this silently.',
  'rule.sts-partition-exceeds-replicas.remediation':
    'Lower the partition to stage a rollout (pods with ordinal >= partition get the new template), or set it to 0 to update every pod.',
  'rule.sts-partition-exceeds-replicas.message':
    '{0} {1} is greater than {2}: no pod has an ordinal index >= {1}, so changes to the pod template are never rolled out',
  'rule.sts-partition-exceeds-replicas.replicas': 'spec.replicas {0}',
  'rule.sts-partition-exceeds-replicas.replicasDefault': 'spec.replicas (default {0})',

  // sts-pod-management-policy-invalid
  'rule.sts-pod-management-policy-invalid.summary':
    '`spec.podManagementPolicy` must be `OrderedReady` (the default) or `Parallel`, spelled exactly so; the apiserver rejects anything else.',
  'rule.sts-pod-management-policy-invalid.remediation':
    'Use `Parallel` to start and stop pods all at once, or remove the field (or write `OrderedReady`) for one-at-a-time ordering.',
  'rule.sts-pod-management-policy-invalid.message': "spec.podManagementPolicy: Invalid value: {0}: must be 'OrderedReady' or 'Parallel'",

  // sts-restart-policy-invalid
  'rule.sts-restart-policy-invalid.summary':
    "StatefulSet pods run forever, so the pod template's `restartPolicy` may only be `Always` (the default when omitted); the apiserver rejects `OnFailure` and `Never`.",
  'rule.sts-restart-policy-invalid.remediation': 'Remove `restartPolicy` from the pod template (or write `Always`). For run-to-completion work use a Job.',
  'rule.sts-restart-policy-invalid.message': '{0}: Unsupported value: {1}: supported values: "Always"',

  // sts-retention-policy-invalid
  'rule.sts-retention-policy-invalid.summary':
    '`spec.persistentVolumeClaimRetentionPolicy.whenDeleted` and `.whenScaled` accept exactly `Retain` (the default) or `Delete`; the values are case-sensitive and the apiserver rejects anything else.',
  'rule.sts-retention-policy-invalid.remediation':
    'Write `Retain` to keep the claims (and data) or `Delete` to remove them, with that capitalisation, or remove the field to keep the default `Retain`.',
  'rule.sts-retention-policy-invalid.message': '{0}: Unsupported value: {1}: supported values: "Retain", "Delete"',

  // sts-revision-history-limit-negative
  'rule.sts-revision-history-limit-negative.summary':
    "Unlike Deployments and DaemonSets, the apiserver does not validate a StatefulSet's `revisionHistoryLimit`. A negative value is accepted and the controller then never prunes old ControllerRevisions, so they pile up.",
  'rule.sts-revision-history-limit-negative.remediation': 'Use 0 or a positive number, or remove the field (default 10).',
  'rule.sts-revision-history-limit-negative.message':
    '{0} is {1}: a negative limit is accepted but the controller then never deletes old ControllerRevisions',

  // sts-rolling-update-with-on-delete
  'rule.sts-rolling-update-with-on-delete.summary':
    '`spec.updateStrategy.rollingUpdate` (partition, maxUnavailable) only applies to the `RollingUpdate` strategy; with `type: OnDelete` the apiserver rejects the StatefulSet.',
  'rule.sts-rolling-update-with-on-delete.remediation':
    'Remove the `rollingUpdate` block, or change `type` to `RollingUpdate` if you meant a staged rollout with `partition`.',
  'rule.sts-rolling-update-with-on-delete.message':
    'spec.updateStrategy.rollingUpdate: Invalid value: {0}: only allowed for updateStrategy \'RollingUpdate\' (spec.updateStrategy.type is "OnDelete")',

  // sts-selector-mismatch
  'rule.sts-selector-mismatch.summary':
    '`spec.selector` must select the pod template\'s labels (`spec.template.metadata.labels`): every `matchLabels` pair and every `matchExpressions` requirement. Otherwise the apiserver rejects the StatefulSet with "`selector` does not match template `labels`".',
  'rule.sts-selector-mismatch.remediation':
    'Add the missing labels to `spec.template.metadata.labels` (the selector is immutable once created), or fix the selector before the first apply.',
  'rule.sts-selector-mismatch.message':
    'spec.template.metadata.labels: Invalid value: {0}: `selector` does not match template `labels` (spec.selector requires {1})',
  'rule.sts-selector-mismatch.unknownOperator': '{0} {1} (unknown operator)',
  'rule.sts-selector-mismatch.fix.copyIntoSelector': 'Copy the template labels into spec.selector.matchLabels',
  'rule.sts-selector-mismatch.fix.copyIntoTemplate': 'Copy spec.selector.matchLabels into the template labels',

  // sts-selector-missing
  'rule.sts-selector-missing.summary':
    'In apps/v1 `spec.selector` is required and may not be empty: it tells the controller which pods belong to the set (apps/v1beta1 used to default it from the template labels). The apiserver rejects a StatefulSet without one.',
  'rule.sts-selector-missing.remediation':
    'Add `spec.selector.matchLabels` with the labels of `spec.template.metadata.labels` (for example `app: web`). The selector cannot be changed after creation.',
  'rule.sts-selector-missing.message.required': 'spec.selector: Required value',
  'rule.sts-selector-missing.message.requiredV1beta1':
    'spec.selector: Required value (apps/v1beta1 defaulted it from the template labels; apps/v1 requires it)',
  'rule.sts-selector-missing.message.empty': 'spec.selector: Invalid value: {}: empty selector is invalid for statefulset',

  // sts-service-name-invalid ({1} is the apiserver's own wording)
  'rule.sts-service-name-invalid.summary':
    "`spec.serviceName` becomes every pod's `subdomain`, which must be a DNS-1123 label. Since about v1.33 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate ... spec.subdomain: Invalid value`).",
  'rule.sts-service-name-invalid.remediation':
    'Set `spec.serviceName` to the name of the headless Service that governs the set (lowercase letters, digits and `-`, at most 63 characters).',
  'rule.sts-service-name-invalid.message': 'spec.serviceName: Invalid value: {0}: {1}',

  // sts-service-name-missing
  'rule.sts-service-name-missing.summary':
    '`spec.serviceName` names the headless Service that gives each pod a stable DNS name (`web-0.nginx.default.svc.cluster.local`). It is optional since about v1.33 (required before), but without it the pods get no `subdomain` and no per-pod DNS records.',
  'rule.sts-service-name-missing.remediation':
    'Create a headless Service (`clusterIP: None`) that selects the pods and set `spec.serviceName` to its name.',
  'rule.sts-service-name-missing.message':
    'spec.serviceName {0}: the pods get no subdomain, so there are no per-pod DNS names such as "<pod>.<service>"',
  'rule.sts-service-name-missing.notSet': 'is not set',
  'rule.sts-service-name-missing.empty': 'is empty',
  'rule.sts-service-name-missing.noValue': 'has no value',

  // sts-service-name-not-dns1035 ({1} is the apiserver's own wording)
  'rule.sts-service-name-not-dns1035.summary':
    'Service names must be DNS-1035 labels, which start with a letter. A `spec.serviceName` that starts with a digit is a valid pod subdomain, so the StatefulSet is accepted, but no Service can ever have that name: the pods never get their per-pod DNS records.',
  'rule.sts-service-name-not-dns1035.remediation':
    'Rename the headless Service so that it starts with a letter (`db-2` instead of `2-db`) and set `spec.serviceName` to it.',
  'rule.sts-service-name-not-dns1035.message': 'spec.serviceName {0} can never name a Service: {1}',

  // sts-service-namespace-mismatch
  'rule.sts-service-namespace-mismatch.summary':
    "The Service named by `spec.serviceName` exists only in another namespace. A pod's subdomain is resolved in the pod's own namespace, so the StatefulSet's pods get no DNS records from it. An omitted namespace means `default`.",
  'rule.sts-service-namespace-mismatch.remediation':
    'Put the StatefulSet and its headless Service in the same namespace (set `metadata.namespace` on both, or on neither).',
  'rule.sts-service-namespace-mismatch.message':
    'spec.serviceName {0}: Service {0} exists only in {1}, but this StatefulSet is in namespace {2}; pods resolve their Service in their own namespace',
  'rule.sts-service-namespace-mismatch.namespace': 'namespace {0}',
  'rule.sts-service-namespace-mismatch.namespaces': 'namespaces {0}',
  'rule.sts-service-namespace-mismatch.related': 'Service {0} is in namespace {1}',

  // sts-service-no-selector
  'rule.sts-service-no-selector.summary':
    "The Service named by `spec.serviceName` has no `spec.selector`. Kubernetes then manages no endpoints for it, so the StatefulSet's pods get no per-pod DNS records unless EndpointSlices are written by hand.",
  'rule.sts-service-no-selector.remediation':
    "Add a `spec.selector` to the Service with the pod template labels (usually the StatefulSet's `spec.selector.matchLabels`).",
  'rule.sts-service-no-selector.message':
    "spec.serviceName {0}: Service {0} has no spec.selector, so its endpoints never list this StatefulSet's pods and they get no per-pod DNS records",
  'rule.sts-service-no-selector.related': 'Service {0} has no selector',

  // sts-service-not-found
  'rule.sts-service-not-found.summary':
    'No Service named by `spec.serviceName` was found in any file checked. The StatefulSet controller does not create it: without a headless Service of that name the pods get no stable DNS names (web-0.nginx). It may be defined in a file that was not checked.',
  'rule.sts-service-not-found.remediation':
    "Create a headless Service (`clusterIP: None`) with that name in the StatefulSet's namespace, whose `spec.selector` matches the pod template labels, or point `spec.serviceName` at the existing one.",
  'rule.sts-service-not-found.message':
    'spec.serviceName {0} matches no Service in the files checked (it may be defined elsewhere): pods get DNS names only from a headless Service of that name in namespace {1}{2}',
  'rule.sts-service-not-found.hint': '; headless Services in this namespace: {0}',
  'rule.sts-service-not-found.fix.create': 'Create headless Service {0}',
  'rule.sts-service-not-found.fix.rename': 'Change serviceName to {0}',

  // sts-service-not-headless
  'rule.sts-service-not-headless.summary':
    'The Service named by `spec.serviceName` is not headless. DNS publishes per-pod records (web-0.nginx) only for a headless Service, one whose `spec.clusterIP` is exactly `None` (case-sensitive: `none` is rejected as an invalid IP).',
  'rule.sts-service-not-headless.remediation':
    'Set `clusterIP: None` on the Service. An existing Service cannot be switched in place (clusterIP may not change once set): delete and recreate it. Keep a separate ClusterIP Service if clients need a load-balanced address.',
  'rule.sts-service-not-headless.message':
    'spec.serviceName {0}: Service {0} is not headless ({1}); pods get stable DNS names only from a Service with clusterIP: None',
  'rule.sts-service-not-headless.why.externalName': 'spec.type "ExternalName"',
  'rule.sts-service-not-headless.why.noClusterIP': 'it has no spec.clusterIP, so it gets a cluster IP',
  'rule.sts-service-not-headless.why.clusterIPs': 'spec.clusterIPs {0} must be exactly ["None"]',
  'rule.sts-service-not-headless.why.case': '{0} {1} must be written "None", case-sensitive',
  'rule.sts-service-not-headless.why.value': '{0} {1}',
  'rule.sts-service-not-headless.related.externalName': 'Service {0} is of type ExternalName',
  'rule.sts-service-not-headless.related.noClusterIP': 'Service {0} has no clusterIP: None',
  'rule.sts-service-not-headless.related.clusterIP': 'clusterIP of Service {0}',
  'rule.sts-service-not-headless.fix.makeHeadless':
    'Make Service {0} headless (clusterIP: None); a live Service cannot be changed in place: delete and recreate it',

  // sts-service-selector-mismatch
  'rule.sts-service-selector-mismatch.summary':
    'The `spec.selector` of the Service named by `spec.serviceName` does not select the pod template labels, so the pods never enter its EndpointSlices and get no per-pod DNS records (web-0.nginx).',
  'rule.sts-service-selector-mismatch.remediation':
    "Make every `key: value` of the Service's `spec.selector` a label of `spec.template.metadata.labels` (usually the same labels as the StatefulSet's `spec.selector.matchLabels`).",
  'rule.sts-service-selector-mismatch.message':
    "spec.serviceName {0}: the selector of Service {0} does not select this StatefulSet's pods ({1})",
  'rule.sts-service-selector-mismatch.difference.missing': '{0}={1} but the pods have no {0} label',
  'rule.sts-service-selector-mismatch.difference.other': '{0}={1} but the pods have {0}={2}',
  'rule.sts-service-selector-mismatch.separator': '; ',
  'rule.sts-service-selector-mismatch.related': 'selector of Service {0}',
  'rule.sts-service-selector-mismatch.fix.setSelector': 'Set the selector of Service {0} to the pod labels',

  // sts-termination-grace-zero
  'rule.sts-termination-grace-zero.summary':
    'A `terminationGracePeriodSeconds` of 0 kills pods without a graceful shutdown. For a StatefulSet the Kubernetes documentation calls this unsafe and strongly discouraged: a force-deleted pod may still be running while its replacement with the same identity and storage starts.',
  'rule.sts-termination-grace-zero.remediation': 'Remove the field (default 30 seconds) or give the application enough seconds to shut down cleanly.',
  'rule.sts-termination-grace-zero.message':
    '{0} is 0: pods are killed without a graceful shutdown, which the StatefulSet documentation calls unsafe and strongly discouraged',

  // sts-update-strategy-invalid
  'rule.sts-update-strategy-invalid.summary':
    '`spec.updateStrategy.type` must be `RollingUpdate` (the default when omitted) or `OnDelete`, spelled exactly so; the apiserver rejects the StatefulSet otherwise (it reports the whole `spec.updateStrategy` as the invalid value).',
  'rule.sts-update-strategy-invalid.remediation':
    'Write `type: RollingUpdate` (or omit `type`) for automatic rolling updates, or `type: OnDelete` to replace pods only when you delete them.',
  'rule.sts-update-strategy-invalid.message': "spec.updateStrategy.type: Invalid value: {0}: must be 'RollingUpdate' or 'OnDelete'",
} as const;
