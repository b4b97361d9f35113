// English strings of the pod-*, svc-*, vct-* and k8s-schema rules and the engine notices: messages, docs and fix titles, keys `rule.<id>.*`, `engine.*`.
// The README rule table is generated from the `summary` and `remediation` entries: run `npm run docs` after changing one.
export const rulesOther = {
  // pod-container-image-missing
  'rule.pod-container-image-missing.summary':
    'Every container and init container of the pod template needs an `image`. Since about v1.34 the apiserver rejects the StatefulSet; older clusters (v1.33 and before) accept it and then fail every pod creation with `FailedCreate ... image: Required value`.',
  'rule.pod-container-image-missing.remediation': 'Set `image` on the container, preferably with a pinned tag or digest (`registry.k8s.io/nginx-slim:0.24`).',
  'rule.pod-container-image-missing.message': '{0}: Required value',
  'rule.pod-container-image-missing.messageNamed': '{0}: Required value (container "{1}")',

  // pod-container-name-duplicate
  'rule.pod-container-name-duplicate.summary':
    'Container names must be unique across `containers` and `initContainers` of the pod template. Since about v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
  'rule.pod-container-name-duplicate.remediation': 'Rename one of the containers (for example `init-nginx` for the init container).',
  'rule.pod-container-name-duplicate.message': '{0}: Duplicate value: {1} (also {2})',

  // pod-container-name-invalid
  'rule.pod-container-name-invalid.summary':
    'Every container and init container needs a `name` that is a DNS-1123 label (at most 63 lowercase letters, digits and `-`). Since about v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead.',
  'rule.pod-container-name-invalid.remediation': 'Give the container a short lowercase name such as `nginx` or `init-config`.',
  'rule.pod-container-name-invalid.required': '{0}: Required value',
  'rule.pod-container-name-invalid.invalid': '{0}: Invalid value: {1}: {2}',

  // pod-containers-missing
  'rule.pod-containers-missing.summary':
    'The pod template needs at least one container in `spec.template.spec.containers`. Since about v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate`).',
  'rule.pod-containers-missing.remediation': 'Add a container with a `name` and an `image` under `spec.template.spec.containers`.',
  'rule.pod-containers-missing.noTemplate': 'spec.template: Required value: a StatefulSet needs a pod template with containers',
  'rule.pod-containers-missing.noContainers': 'spec.template.spec.containers: Required value',

  // pod-volume-mount-not-found
  'rule.pod-volume-mount-not-found.summary':
    'Every `volumeMounts[].name` of a container or init container must name a volume of the pod: a `spec.template.spec.volumes` entry or a `spec.volumeClaimTemplates` entry (each becomes a volume of that name). Since about v1.34 the apiserver rejects the StatefulSet (`Not found: "data"`); older clusters fail every pod creation with the same error.',
  'rule.pod-volume-mount-not-found.remediation': 'Fix the name in `volumeMounts`, or add the missing volume or claim template.',
  'rule.pod-volume-mount-not-found.message': '{0}: Not found: {1}; volumes and claim templates: {2}',
  'rule.pod-volume-mount-not-found.messageNoVolumes': '{0}: Not found: {1}; the pod has no volumes or claim templates',
  'rule.pod-volume-mount-not-found.fix.addClaimTemplate': 'Add a volumeClaimTemplate {0}',

  // pod-volume-name-duplicate
  'rule.pod-volume-name-duplicate.summary':
    'Volume names in `spec.template.spec.volumes` must be unique. Since about v1.34 the apiserver rejects the StatefulSet; older clusters fail every pod creation instead. (Volumes named like a `volumeClaimTemplates` entry are replaced by the claim, so they do not count.)',
  'rule.pod-volume-name-duplicate.remediation': 'Rename or merge the duplicated volume, and update the `volumeMounts` that refer to it.',
  'rule.pod-volume-name-duplicate.message': '{0}: Duplicate value: {1} (also spec.template.spec.volumes[{2}].name)',

  // svc-cluster-ip-invalid
  'rule.svc-cluster-ip-invalid.summary':
    '`spec.clusterIP` must be `None` (exactly, case-sensitive) or a valid IP address; `none` is rejected as an invalid IP. `spec.clusterIPs` needs `clusterIP` too, must start with it, holds at most 2 addresses (one per IP family), and `None` must be its only value. ExternalName Services take neither.',
  'rule.svc-cluster-ip-invalid.remediation':
    'Write `clusterIP: None` for a headless Service, or omit `clusterIP` to have one allocated. Set `clusterIPs` only together with `clusterIP` (its first value equal to `clusterIP`).',
  'rule.svc-cluster-ip-invalid.noneCapital': '{0}; a headless Service needs "None", with a capital N',
  'rule.svc-cluster-ip-invalid.externalName': '{0} {1}: Forbidden: may not be set for ExternalName services',
  'rule.svc-cluster-ip-invalid.ipsWithoutIp': '{0} {1}: must be empty when `clusterIP` is not specified (set clusterIP to its first value)',
  'rule.svc-cluster-ip-invalid.firstMismatch': 'spec.clusterIPs[0] {0}: first value must match `clusterIP` ({1})',
  'rule.svc-cluster-ip-invalid.noneNotOnly': '{0} "None": \'None\' must be the first and only value',
  'rule.svc-cluster-ip-invalid.tooMany': '{0} {1}: may only hold up to 2 values',
  'rule.svc-cluster-ip-invalid.sameFamily': '{0} {1}: may specify no more than one IP for each IP family',

  // svc-headless-type-invalid
  'rule.svc-headless-type-invalid.summary':
    "A headless Service (`clusterIP: None`) cannot be of type LoadBalancer or NodePort: those types route through a cluster IP. The apiserver rejects it (`may not be set to 'None' for LoadBalancer services`).",
  'rule.svc-headless-type-invalid.remediation':
    'Use `type: ClusterIP` (or omit `type`) for the headless Service, and expose the pods externally through a second, non-headless Service.',
  'rule.svc-headless-type-invalid.message': "{0} \"None\": may not be set to 'None' for {1} services (spec.type {2})",

  // svc-name-invalid
  'rule.svc-name-invalid.summary':
    'A Service name must be a DNS-1035 label: at most 63 lower-case letters, digits and `-`, starting with a letter and ending with a letter or digit. The apiserver rejects anything else (so a StatefulSet `serviceName` such as `2nginx`, a valid DNS-1123 label, can never name a real Service).',
  'rule.svc-name-invalid.remediation': 'Rename the Service (and every `serviceName` that refers to it), e.g. `nginx-2` instead of `2nginx`.',
  'rule.svc-name-invalid.message': 'metadata.name {0} is not a valid Service name: {1}',

  // svc-node-port-forbidden
  'rule.svc-node-port-forbidden.summary':
    "`spec.ports[].nodePort` is only allowed on NodePort and LoadBalancer Services. On a ClusterIP Service (the default type) the apiserver rejects it: `may not be used when `type` is 'ClusterIP'`.",
  'rule.svc-node-port-forbidden.remediation': 'Remove `nodePort`, or set `spec.type: NodePort` (a headless Service cannot be NodePort: expose the pods through a second Service).',
  'rule.svc-node-port-forbidden.message': "{0} {1}: Forbidden: may not be used when `type` is 'ClusterIP'",

  // svc-port-duplicate
  'rule.svc-port-duplicate.summary':
    'Two entries of `spec.ports` have the same `port` and `protocol` (TCP when omitted); the apiserver rejects the Service with `Duplicate value`. The same port number is fine for different protocols (53/TCP and 53/UDP).',
  'rule.svc-port-duplicate.remediation': 'Remove the repeated entry, or give it another port number or protocol.',
  'rule.svc-port-duplicate.message': '{0}.port {1} (protocol {2}): Duplicate value: spec.ports[{3}] already has port {1}/{4}',

  // svc-port-invalid
  'rule.svc-port-invalid.summary':
    '`spec.ports[].port` must be 1–65535. `targetPort` is a number 1–65535 or the name of a container port (an IANA service name: at most 15 lower-case letters, digits and `-`, with at least one letter). A quoted number such as `"8080"` is a name, and an invalid one. An omitted or 0 `targetPort` defaults to `port`.',
  'rule.svc-port-invalid.remediation': 'Use a port number in range; write a numeric `targetPort` without quotes, or use the `name` of a container port.',
  'rule.svc-port-invalid.quotedNumber': ' (a quoted number is read as a port name: write {0} without quotes)',

  // svc-port-name-invalid
  'rule.svc-port-name-invalid.summary':
    'Service port names: when `spec.ports` has more than one entry every port needs a `name`; a name must be a DNS-1123 label (lower-case letters, digits and `-`, at most 63) and unique within the Service. The apiserver rejects the Service otherwise.',
  'rule.svc-port-name-invalid.remediation': 'Give each port a short unique lower-case name such as `web`, `grpc` or `metrics`.',
  'rule.svc-port-name-invalid.required': '{0}: Required value: every port of a Service with more than one port needs a name',
  'rule.svc-port-name-invalid.requiredPort': '{0}: Required value: every port of a Service with more than one port needs a name (port {1})',
  'rule.svc-port-name-invalid.duplicate': '{0} {1}: Duplicate value: spec.ports[{2}] has the same name',
  'rule.svc-port-name-invalid.fix.addNames': 'Add port names',

  // svc-ports-required
  'rule.svc-ports-required.summary':
    'A Service needs at least one entry in `spec.ports` unless it is headless (`clusterIP: None`) or of type ExternalName; the apiserver rejects it with `spec.ports: Required value`.',
  'rule.svc-ports-required.remediation': 'Add the port(s) the pods serve under `spec.ports`, or make the Service headless with `clusterIP: None` if it only provides DNS names.',
  'rule.svc-ports-required.message':
    'spec.ports: Required value: Service {0} is neither headless (clusterIP: None) nor of type ExternalName, so it needs at least one port',
  'rule.svc-ports-required.messageUnnamed':
    'spec.ports: Required value: the Service is neither headless (clusterIP: None) nor of type ExternalName, so it needs at least one port',

  // vct-access-modes-missing
  'rule.vct-access-modes-missing.summary':
    'A claim template without `spec.accessModes`. A PersistentVolumeClaim needs at least one access mode: since about v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail to create every PVC (`spec.accessModes: Required value: at least 1 access mode is required`), so no pod starts.',
  'rule.vct-access-modes-missing.remediation':
    "Add `accessModes: [\"ReadWriteOnce\"]` (or ReadWriteOncePod, ReadOnlyMany, ReadWriteMany as the storage supports) to the claim template's `spec`.",
  'rule.vct-access-modes-missing.message': '{0}: Required value: at least 1 access mode is required',
  'rule.vct-access-modes-missing.messageNamed': '{0}: Required value: at least 1 access mode is required (claim template {1})',

  // vct-duplicate-name
  'rule.vct-duplicate-name.summary':
    'Two `spec.volumeClaimTemplates` share a `metadata.name`. Nothing rejects this: the controller keys claim templates by name, so the last one silently wins and the earlier ones are ignored (their size, class and access modes never apply).',
  'rule.vct-duplicate-name.remediation':
    'Give each claim template its own name (and mount it), or delete the one that is not wanted. Claim templates cannot be changed on an existing StatefulSet: recreate it (`kubectl delete sts --cascade=orphan`, then apply).',
  'rule.vct-duplicate-name.message':
    '{0}: Duplicate value: {1} is also the name of {2}; only the last claim template of a name is used, the others are silently ignored',

  // vct-name-missing
  'rule.vct-name-missing.summary':
    "A `spec.volumeClaimTemplates` entry has no `metadata.name`. The name is both the pod volume's name (what `volumeMounts` refer to) and the prefix of each PVC (`<name>-<statefulset>-<ordinal>`); without it the volume and the PVC are invalid, and every pod creation fails.",
  'rule.vct-name-missing.remediation': 'Set `metadata.name` on the claim template (e.g. `data`) and mount it by that name.',
  'rule.vct-name-missing.message': '{0}: Required value: a claim template needs a name (its PVCs are named <name>-{1}-<ordinal>)',

  // vct-no-storage-class
  'rule.vct-no-storage-class.summary':
    "A claim template without `spec.storageClassName` relies on the cluster's default StorageClass. Where there is none (or it cannot provision here), the PVCs stay Pending and so do the pods. `storageClassName: \"\"` is different: it asks for a pre-provisioned PersistentVolume without a class.",
  'rule.vct-no-storage-class.remediation': 'Set `storageClassName` to a StorageClass of the target cluster (`kubectl get storageclass`) if the default is not guaranteed.',
  'rule.vct-no-storage-class.message': "{0} is not set: the cluster's default StorageClass is used; without one the PVCs stay Pending",
  'rule.vct-no-storage-class.messageNamed': "{0} is not set (claim template {1}): the cluster's default StorageClass is used; without one the PVCs stay Pending",

  // vct-shadows-volume
  'rule.vct-shadows-volume.summary':
    'A `spec.template.spec.volumes` entry has the same name as a claim template. The claim template takes precedence: the controller replaces the volume with the claim, so the volume as written (emptyDir, configMap, …) is never used.',
  'rule.vct-shadows-volume.remediation': 'Rename the template volume (and the mounts meant for it), or delete it if the claim is what the mounts should get.',
  'rule.vct-shadows-volume.message':
    '{0} {1} is replaced by the claim template of the same name ({2}): a claim template takes precedence over a template volume, so this volume is never used',

  // vct-storage-request-missing
  'rule.vct-storage-request-missing.summary':
    'A claim template without `spec.resources.requests.storage` (or with a size that is not above zero). A PersistentVolumeClaim must request a size: since about v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail to create every PVC, so no pod starts.',
  'rule.vct-storage-request-missing.remediation': "Add `resources: {requests: {storage: 1Gi}}` (the size each pod needs) to the claim template's `spec`.",
  'rule.vct-storage-request-missing.required': '{0}: Required value: a claim template must request a storage size, e.g. storage: 1Gi',
  'rule.vct-storage-request-missing.requiredNamed': '{0}: Required value: a claim template must request a storage size, e.g. storage: 1Gi (claim template {1})',
  'rule.vct-storage-request-missing.notPositive': '{0} {1}: must be greater than zero',
  'rule.vct-storage-request-missing.notPositiveNamed': '{0} {1}: must be greater than zero (claim template {2})',

  // vct-unused
  'rule.vct-unused.summary':
    'A claim template that no container or init container mounts (`volumeMounts` or `volumeDevices` with its name). Each pod still gets a PersistentVolumeClaim from it, bound and billed, that nothing uses. The API reference: "Every claim in this list must have at least one matching (by name) volumeMount in one container in the template".',
  'rule.vct-unused.remediation': "Add a `volumeMounts` entry with the claim template's name to the container that needs the storage, or remove the claim template.",
  'rule.vct-unused.message': '{0} {1} is not mounted by any container: every pod still gets a PersistentVolumeClaim {2} that nothing uses',

  // k8s-schema (the rule) and the schema check's messages
  'rule.k8s-schema.summary':
    'A field is not in the Kubernetes API schema, has the wrong type, holds a value outside its allowed set, or a required field is missing. ' +
    'The API server rejects such a manifest (`kubectl apply` uses strict field validation by default).',
  'rule.k8s-schema.remediation':
    'Fix the spelling or indentation of unknown fields (a field at the wrong level is unknown there), quote values that must be strings ' +
    '(label values such as "true" or "1.0"), and use one of the supported values. `kubectl explain <kind>.<field>` shows the schema.',
  'schema.unknownField': 'unknown field "{0}"',
  'schema.unknownField.didYouMean': 'unknown field "{0}"; did you mean "{1}"?',
  'schema.required': '{0}: Required value',
  'schema.unsupportedValue': '{0}: Unsupported value: {1}: supported values: {2}',
  'schema.int32Range': '{0}: {1} is out of range for a 32-bit integer',
  'schema.notQuantity': '{0}: {1} is not a quantity: write a number with an optional unit, like "500m", "2", "128Mi" or "1Gi"',
  'schema.expectedType': '{0}: expected {1}, got {2}',
  'schema.type.object': 'an object',
  'schema.type.list': 'a list',
  'schema.type.string': 'a string',
  'schema.type.integer': 'an integer',
  'schema.type.number': 'a number',
  'schema.type.boolean': 'a boolean',
  'schema.type.intOrString': 'an integer or a string',
  'schema.type.quantity': 'a quantity (a string like "500m" or "1Gi", or a number)',
  'schema.value.string': 'string {0}',
  'schema.value.number': 'number {0}',
  'schema.value.boolean': 'boolean {0}',

  // The engine's own notices
  'engine.helmSkipped':
    'Helm template syntax ({{ … }}) found: this is a chart template, not plain YAML, so StatefulSet Studio skipped it. Check the rendered output instead (helm template … | statefulset-studio check -).',
  'engine.internalError': 'Rule {0} failed on {1}: {2}. Please report this.',
  'engine.fileTooLarge': 'File not checked: it is {0} MB, over the {1} MB limit (setting statefulsetStudio.maxFileSize, CLI --max-file-size).',
  'engine.lenientIndent':
    'This quoted scalar continues on a line indented no deeper than its key. Kubernetes accepts it; stricter YAML tools reject it.',
  'engine.unknownAnchor': "unknown anchor '{0}' referenced: an alias must name an anchor defined earlier in the same document. Kubernetes rejects the document.",
  'engine.controlCharacter': 'control characters are not allowed ({0}): Kubernetes rejects the document.',
  'engine.aliasExpansion': 'too many alias expansions: the aliases copy {0} values (limit {1}).',
} as const;
