// Simplified Chinese for en/rulesOther.ts.
// Field paths, values and the apiserver's own wording (`Required value`, `Not found`, `Duplicate value`,
// `Unsupported value`, `Forbidden: …`, `unknown field`) stay as the apiserver prints them: users search for them.
import type { rulesOther } from '../en/rulesOther';

export const rulesOtherZh: Readonly<Record<keyof typeof rulesOther, string>> = {
  // pod-container-image-missing
  'rule.pod-container-image-missing.summary':
    'Pod 模板中的每个容器和 Init 容器都需要设置 `image`。大约从 v1.34 起，apiserver 会直接拒绝该 StatefulSet；更早的集群（v1.33 及以前）会接受它，但之后每次创建 Pod 都会失败，报错 `FailedCreate ... image: Required value`。',
  'rule.pod-container-image-missing.remediation': '为容器设置 `image`，最好使用固定的标签或摘要（如 `registry.k8s.io/nginx-slim:0.24`）。',
  'rule.pod-container-image-missing.message': '{0}: Required value（容器未设置镜像）',
  'rule.pod-container-image-missing.messageNamed': '{0}: Required value（容器 "{1}" 未设置镜像）',

  // pod-container-name-duplicate
  'rule.pod-container-name-duplicate.summary':
    'Pod 模板中 `containers` 和 `initContainers` 的容器名称必须互不相同。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
  'rule.pod-container-name-duplicate.remediation': '重命名其中一个容器（例如把 Init 容器改名为 `init-nginx`）。',
  'rule.pod-container-name-duplicate.message': '{0}: Duplicate value: {1}（与 {2} 重名）',

  // pod-container-name-invalid
  'rule.pod-container-name-invalid.summary':
    '每个容器和 Init 容器都需要一个符合 DNS-1123 标签规范的 `name`（最多 63 个字符，只能是小写字母、数字和 `-`）。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
  'rule.pod-container-name-invalid.remediation': '给容器起一个简短的小写名称，例如 `nginx` 或 `init-config`。',
  'rule.pod-container-name-invalid.required': '{0}: Required value（容器缺少名称）',
  'rule.pod-container-name-invalid.invalid': '{0}: Invalid value: {1}: {2}（容器名称不合法）',

  // pod-containers-missing
  'rule.pod-containers-missing.summary':
    'Pod 模板的 `spec.template.spec.containers` 中至少需要一个容器。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。',
  'rule.pod-containers-missing.remediation': '在 `spec.template.spec.containers` 下添加一个带 `name` 和 `image` 的容器。',
  'rule.pod-containers-missing.noTemplate': 'spec.template: Required value: StatefulSet 需要一个包含容器的 Pod 模板',
  'rule.pod-containers-missing.noContainers': 'spec.template.spec.containers: Required value（Pod 模板中没有容器）',

  // pod-volume-mount-not-found
  'rule.pod-volume-mount-not-found.summary':
    '容器或 Init 容器的每个 `volumeMounts[].name` 都必须指向 Pod 的某个卷：`spec.template.spec.volumes` 中的条目，或 `spec.volumeClaimTemplates` 中的条目（每个卷申领模板都会成为同名的卷）。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet（`Not found: "data"`）；更早的集群则会在每次创建 Pod 时报同样的错误。',
  'rule.pod-volume-mount-not-found.remediation': '修正 `volumeMounts` 中的名称，或补上缺失的卷或卷申领模板。',
  'rule.pod-volume-mount-not-found.message': '{0}: Not found: {1}；现有的卷和卷申领模板：{2}',
  'rule.pod-volume-mount-not-found.messageNoVolumes': '{0}: Not found: {1}；该 Pod 没有任何卷或卷申领模板',
  'rule.pod-volume-mount-not-found.fix.addClaimTemplate': '添加 volumeClaimTemplate {0}',

  // pod-volume-name-duplicate
  'rule.pod-volume-name-duplicate.summary':
    '`spec.template.spec.volumes` 中的卷名称必须唯一。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。（与某个 `volumeClaimTemplates` 条目同名的卷会被该申领替换，因此不计在内。）',
  'rule.pod-volume-name-duplicate.remediation': '重命名或合并重复的卷，并同步修改引用它的 `volumeMounts`。',
  'rule.pod-volume-name-duplicate.message': '{0}: Duplicate value: {1}（与 spec.template.spec.volumes[{2}].name 重复）',

  // svc-cluster-ip-invalid
  'rule.svc-cluster-ip-invalid.summary':
    '`spec.clusterIP` 必须是 `None`（严格区分大小写）或一个有效的 IP 地址；`none` 会被当作无效 IP 拒绝。`spec.clusterIPs` 要求同时设置 `clusterIP` 且以它开头，最多包含 2 个地址（每个 IP 协议族一个），`None` 只能作为其唯一的值。ExternalName 类型的 Service 两者都不能设置。',
  'rule.svc-cluster-ip-invalid.remediation':
    '无头 Service 请写 `clusterIP: None`，或者省略 `clusterIP` 让集群自动分配。只在同时设置了 `clusterIP` 时才设置 `clusterIPs`（其第一个值须等于 `clusterIP`）。',
  'rule.svc-cluster-ip-invalid.noneCapital': '{0}；无头 Service 需要写成 "None"，N 必须大写',
  'rule.svc-cluster-ip-invalid.externalName': '{0} {1}: Forbidden: may not be set for ExternalName services（ExternalName 类型的 Service 不能设置该字段）',
  'rule.svc-cluster-ip-invalid.ipsWithoutIp': '{0} {1}: must be empty when `clusterIP` is not specified（请把 clusterIP 设为它的第一个值）',
  'rule.svc-cluster-ip-invalid.firstMismatch': 'spec.clusterIPs[0] {0}: first value must match `clusterIP`（第一个值必须与 `clusterIP` 的值 {1} 相同）',
  'rule.svc-cluster-ip-invalid.noneNotOnly': "{0} \"None\": 'None' must be the first and only value（`None` 必须是唯一的值）",
  'rule.svc-cluster-ip-invalid.tooMany': '{0} {1}: may only hold up to 2 values（最多只能有 2 个值）',
  'rule.svc-cluster-ip-invalid.sameFamily': '{0} {1}: may specify no more than one IP for each IP family（每个 IP 协议族最多只能指定一个 IP）',

  // svc-headless-type-invalid
  'rule.svc-headless-type-invalid.summary':
    "无头 Service（`clusterIP: None`）不能是 LoadBalancer 或 NodePort 类型：这两种类型都要经由集群 IP 转发流量。apiserver 会拒绝它（`may not be set to 'None' for LoadBalancer services`）。",
  'rule.svc-headless-type-invalid.remediation': '无头 Service 请使用 `type: ClusterIP`（或省略 `type`），再通过另一个非无头的 Service 对外暴露这些 Pod。',
  'rule.svc-headless-type-invalid.message': "{0} \"None\": may not be set to 'None' for {1} services（spec.type 为 {2} 的 Service 不能是无头 Service）",

  // svc-name-invalid
  'rule.svc-name-invalid.summary':
    'Service 名称必须是 DNS-1035 标签：最多 63 个字符，只能是小写字母、数字和 `-`，以字母开头，以字母或数字结尾。其他名称都会被 apiserver 拒绝（因此像 `2nginx` 这样的 StatefulSet `serviceName` 虽然是合法的 DNS-1123 标签，却永远不可能对应一个真实存在的 Service）。',
  'rule.svc-name-invalid.remediation': '重命名该 Service（以及所有引用它的 `serviceName`），例如用 `nginx-2` 代替 `2nginx`。',
  'rule.svc-name-invalid.message': 'metadata.name {0} 不是有效的 Service 名称：{1}',

  // svc-node-port-forbidden
  'rule.svc-node-port-forbidden.summary':
    "`spec.ports[].nodePort` 只能用于 NodePort 和 LoadBalancer 类型的 Service。在 ClusterIP 类型（默认类型）的 Service 上，apiserver 会拒绝它：`may not be used when `type` is 'ClusterIP'`。",
  'rule.svc-node-port-forbidden.remediation': '删除 `nodePort`，或设置 `spec.type: NodePort`（无头 Service 不能是 NodePort 类型：请另建一个 Service 来暴露这些 Pod）。',
  'rule.svc-node-port-forbidden.message': "{0} {1}: Forbidden: may not be used when `type` is 'ClusterIP'（ClusterIP 类型的 Service 不能设置 nodePort）",

  // svc-port-duplicate
  'rule.svc-port-duplicate.summary':
    '`spec.ports` 中有两个条目的 `port` 和 `protocol`（省略时为 TCP）都相同；apiserver 会以 `Duplicate value` 拒绝该 Service。不同协议使用同一端口号是允许的（如 53/TCP 和 53/UDP）。',
  'rule.svc-port-duplicate.remediation': '删除重复的条目，或为它换一个端口号或协议。',
  'rule.svc-port-duplicate.message': '{0}.port {1}（协议 {2}）: Duplicate value: spec.ports[{3}] 已使用端口 {1}/{4}',

  // svc-port-invalid
  'rule.svc-port-invalid.summary':
    '`spec.ports[].port` 必须在 1–65535 之间。`targetPort` 可以是 1–65535 的数字，也可以是容器端口的名称（IANA 服务名：最多 15 个字符，只能是小写字母、数字和 `-`，且至少包含一个字母）。像 `"8080"` 这样加了引号的数字会被当作名称，而且是无效的名称。省略 `targetPort` 或设为 0 时，默认取 `port` 的值。',
  'rule.svc-port-invalid.remediation': '使用范围内的端口号；数字形式的 `targetPort` 不要加引号，或者改用容器端口的 `name`。',
  'rule.svc-port-invalid.quotedNumber': '（加了引号的数字会被当作端口名称：请去掉引号，直接写 {0}）',

  // svc-port-name-invalid
  'rule.svc-port-name-invalid.summary':
    'Service 端口名称：`spec.ports` 有多个条目时，每个端口都需要 `name`；名称必须是 DNS-1123 标签（小写字母、数字和 `-`，最多 63 个字符），且在该 Service 内唯一。否则 apiserver 会拒绝该 Service。',
  'rule.svc-port-name-invalid.remediation': '为每个端口起一个简短、唯一的小写名称，例如 `web`、`grpc` 或 `metrics`。',
  'rule.svc-port-name-invalid.required': '{0}: Required value: Service 有多个端口时，每个端口都需要名称',
  'rule.svc-port-name-invalid.requiredPort': '{0}: Required value: Service 有多个端口时，每个端口都需要名称（端口 {1}）',
  'rule.svc-port-name-invalid.duplicate': '{0} {1}: Duplicate value: spec.ports[{2}] 已使用同一名称',
  'rule.svc-port-name-invalid.fix.addNames': '添加端口名称',

  // svc-ports-required
  'rule.svc-ports-required.summary':
    'Service 的 `spec.ports` 中至少需要一个条目，除非它是无头 Service（`clusterIP: None`）或 ExternalName 类型；否则 apiserver 会以 `spec.ports: Required value` 拒绝它。',
  'rule.svc-ports-required.remediation': '在 `spec.ports` 下添加 Pod 对外提供服务的端口；如果该 Service 只用来提供 DNS 名称，可以用 `clusterIP: None` 把它设为无头 Service。',
  'rule.svc-ports-required.message': 'spec.ports: Required value: Service {0} 既不是无头 Service（clusterIP: None），也不是 ExternalName 类型，因此至少需要一个端口',
  'rule.svc-ports-required.messageUnnamed': 'spec.ports: Required value: 该 Service 既不是无头 Service（clusterIP: None），也不是 ExternalName 类型，因此至少需要一个端口',

  // vct-access-modes-missing
  'rule.vct-access-modes-missing.summary':
    '卷申领模板没有设置 `spec.accessModes`。PersistentVolumeClaim 至少需要一种访问模式：大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每个 PVC 都会创建失败（`spec.accessModes: Required value: at least 1 access mode is required`），因此没有任何 Pod 能启动。',
  'rule.vct-access-modes-missing.remediation':
    '在卷申领模板的 `spec` 中添加 `accessModes: ["ReadWriteOnce"]`（或根据存储的支持情况使用 ReadWriteOncePod、ReadOnlyMany、ReadWriteMany）。',
  'rule.vct-access-modes-missing.message': '{0}: Required value: at least 1 access mode is required（至少需要一种访问模式）',
  'rule.vct-access-modes-missing.messageNamed': '{0}: Required value: at least 1 access mode is required（卷申领模板 {1} 至少需要一种访问模式）',

  // vct-duplicate-name
  'rule.vct-duplicate-name.summary':
    '两个 `spec.volumeClaimTemplates` 使用了相同的 `metadata.name`。没有任何组件会拒绝这种写法：控制器按名称索引卷申领模板，因此最后一个会悄悄生效，前面的都被忽略（它们的容量、存储类和访问模式永远不会生效）。',
  'rule.vct-duplicate-name.remediation':
    '为每个卷申领模板取不同的名称（并挂载它），或删除不需要的那个。已有 StatefulSet 的卷申领模板不能修改：需要重建它（先 `kubectl delete sts --cascade=orphan`，再 apply）。',
  'rule.vct-duplicate-name.message': '{0}: Duplicate value: {1} 也是 {2} 的名称；同名的卷申领模板只有最后一个会被使用，其余的会被静默忽略',

  // vct-name-missing
  'rule.vct-name-missing.summary':
    '`spec.volumeClaimTemplates` 中有一个条目没有 `metadata.name`。这个名称既是 Pod 中卷的名称（`volumeMounts` 引用的就是它），也是每个 PVC 名称的前缀（`<name>-<statefulset>-<ordinal>`）；没有它，卷和 PVC 都是无效的，每次创建 Pod 都会失败。',
  'rule.vct-name-missing.remediation': '为卷申领模板设置 `metadata.name`（例如 `data`），并按这个名称挂载它。',
  'rule.vct-name-missing.message': '{0}: Required value: 卷申领模板需要一个名称（它的 PVC 命名为 <name>-{1}-<ordinal>）',

  // vct-no-storage-class
  'rule.vct-no-storage-class.summary':
    '没有设置 `spec.storageClassName` 的卷申领模板依赖集群的默认 StorageClass。如果集群没有默认 StorageClass（或它在这里无法供应卷），PVC 会一直处于 Pending 状态，Pod 也一样。`storageClassName: ""` 则不同：它要求使用一个预先创建、不属于任何存储类的 PersistentVolume。',
  'rule.vct-no-storage-class.remediation': '如果不能确定目标集群有默认 StorageClass，请把 `storageClassName` 设为该集群中的某个 StorageClass（见 `kubectl get storageclass`）。',
  'rule.vct-no-storage-class.message': '{0} 未设置：将使用集群的默认 StorageClass；如果没有默认 StorageClass，PVC 会一直处于 Pending 状态',
  'rule.vct-no-storage-class.messageNamed': '{0} 未设置（卷申领模板 {1}）：将使用集群的默认 StorageClass；如果没有默认 StorageClass，PVC 会一直处于 Pending 状态',

  // vct-shadows-volume
  'rule.vct-shadows-volume.summary':
    '`spec.template.spec.volumes` 中有一个条目与卷申领模板同名。卷申领模板优先：控制器会用申领替换该卷，因此这里写的卷（emptyDir、configMap 等）永远不会被使用。',
  'rule.vct-shadows-volume.remediation': '重命名模板中的这个卷（以及本应挂载它的 volumeMounts）；如果挂载本来就应该使用申领，则删除该卷。',
  'rule.vct-shadows-volume.message': '{0} {1} 被同名的卷申领模板（{2}）替换：卷申领模板优先于模板中的卷，因此这个卷永远不会被使用',

  // vct-storage-request-missing
  'rule.vct-storage-request-missing.summary':
    '卷申领模板没有设置 `spec.resources.requests.storage`（或容量不大于零）。PersistentVolumeClaim 必须申请容量：大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每个 PVC 都会创建失败，因此没有任何 Pod 能启动。',
  'rule.vct-storage-request-missing.remediation': '在卷申领模板的 `spec` 中添加 `resources: {requests: {storage: 1Gi}}`（每个 Pod 需要的容量）。',
  'rule.vct-storage-request-missing.required': '{0}: Required value: 卷申领模板必须申请存储容量，例如 storage: 1Gi',
  'rule.vct-storage-request-missing.requiredNamed': '{0}: Required value: 卷申领模板必须申请存储容量，例如 storage: 1Gi（卷申领模板 {1}）',
  'rule.vct-storage-request-missing.notPositive': '{0} {1}: must be greater than zero（存储容量必须大于零）',
  'rule.vct-storage-request-missing.notPositiveNamed': '{0} {1}: must be greater than zero（卷申领模板 {2} 的存储容量必须大于零）',

  // vct-unused
  'rule.vct-unused.summary':
    '某个卷申领模板没有被任何容器或 Init 容器挂载（没有同名的 `volumeMounts` 或 `volumeDevices`）。每个 Pod 仍会由它得到一个 PersistentVolumeClaim，它会被绑定、产生费用，却没有任何地方使用。API 参考文档原文："Every claim in this list must have at least one matching (by name) volumeMount in one container in the template"。',
  'rule.vct-unused.remediation': '在需要存储的容器中添加一个使用该卷申领模板名称的 `volumeMounts` 条目，或删除该卷申领模板。',
  'rule.vct-unused.message': '{0} {1} 没有被任何容器挂载：每个 Pod 仍会得到一个无人使用的 PersistentVolumeClaim {2}',

  // k8s-schema (the rule) and the schema check's messages
  'rule.k8s-schema.summary':
    '某个字段不在 Kubernetes API 模式（schema）中、类型错误、取值不在允许范围内，或者缺少必填字段。API 服务器会拒绝这样的清单（`kubectl apply` 默认启用严格的字段校验）。',
  'rule.k8s-schema.remediation':
    '修正未知字段的拼写或缩进（放错层级的字段在该层级就是未知字段），给必须是字符串的值加上引号（例如 "true" 或 "1.0" 这样的标签值），并使用受支持的取值之一。可以用 `kubectl explain <kind>.<field>` 查看模式定义。',
  'schema.unknownField': 'unknown field "{0}"（未知字段）',
  'schema.unknownField.didYouMean': 'unknown field "{0}"（未知字段）；是不是想写 "{1}"？',
  'schema.required': '{0}: Required value（缺少必填字段）',
  'schema.unsupportedValue': '{0}: Unsupported value: {1}: supported values: {2}（不支持该取值）',
  'schema.int32Range': '{0}: {1} 超出了 32 位整数的范围',
  'schema.notQuantity': '{0}: {1} 不是合法的数量（quantity）：请写一个数字，可以带单位，例如 "500m"、"2"、"128Mi" 或 "1Gi"',
  'schema.expectedType': '{0}: 应为{1}，实际为{2}',
  'schema.type.object': '对象',
  'schema.type.list': '列表',
  'schema.type.string': '字符串',
  'schema.type.integer': '整数',
  'schema.type.number': '数字',
  'schema.type.boolean': '布尔值',
  'schema.type.intOrString': '整数或字符串',
  'schema.type.quantity': '数量（如 "500m" 或 "1Gi" 这样的字符串，或一个数字）',
  'schema.value.string': '字符串 {0}',
  'schema.value.number': '数字 {0}',
  'schema.value.boolean': '布尔值 {0}',

  // The engine's own notices
  'engine.helmSkipped':
    '发现 Helm 模板语法（{{ … }}）：这是一个 chart 模板，不是普通的 YAML，因此 StatefulSet Studio 跳过了它。请改为检查渲染后的输出（helm template … | statefulset-studio check -）。',
  'engine.internalError': '规则 {0} 在检查 {1} 时出错：{2}。请报告此问题。',
  'engine.fileTooLarge': '文件未检查：大小为 {0} MB，超过了 {1} MB 的上限（设置项 statefulsetStudio.maxFileSize，CLI 参数 --max-file-size）。',
  'engine.lenientIndent': '这个带引号的标量跨行书写，续行的缩进没有比它的键更深。Kubernetes 接受这种写法，但更严格的 YAML 工具会拒绝它。',
  'engine.unknownAnchor': "引用了未知的锚点 '{0}'：别名必须指向同一文档中在它之前定义的锚点。Kubernetes 会拒绝这个文档。",
  'engine.controlCharacter': '不允许出现控制字符（{0}）：Kubernetes 会拒绝这个文档。',
  'engine.aliasExpansion': '别名展开过多：这些别名复制了 {0} 个值（上限 {1}）。',
};
