// Simplified Chinese for the rules, keyed by rule id and then by the rule's message id (`summary` and
// `remediation` are its docs). The English is in each rule module (src/core/rules/<id>.ts).
// Field paths, Kubernetes values and the apiserver's own wording (`Invalid value`, `Required value`,
// `Unsupported value`, `Not found`, `Duplicate value`, `Forbidden: …`, `must be …`) stay as the apiserver
// writes them, because users search for them; where a message is nothing but apiserver wording, a short
// Chinese explanation follows it in （）.
import type { Translations } from '../../l10n/catalog';

export const zhCn: Translations = {
  'k8s-schema': {
    schema: '{0}',
    summary: '某个字段不在 Kubernetes API 模式（schema）中、类型错误、取值不在允许范围内，或者缺少必填字段。API 服务器会拒绝这样的清单（`kubectl apply` 默认启用严格的字段校验）。',
    remediation:
      '修正未知字段的拼写或缩进（放错层级的字段在该层级就是未知字段），给必须是字符串的值加上引号（例如 "true" 或 "1.0" 这样的标签值），并使用受支持的取值之一。可以用 `kubectl explain <kind>.<field>` 查看模式定义。',
  },
  'pod-container-image-missing': {
    summary:
      'Pod 模板中的每个容器和 Init 容器都需要设置 `image`。大约从 v1.34 起，apiserver 会直接拒绝该 StatefulSet；更早的集群（v1.33 及以前）会接受它，但之后每次创建 Pod 都会失败，报错 `FailedCreate ... image: Required value`。',
    remediation: '为容器设置 `image`，最好使用固定的标签或摘要（如 `registry.k8s.io/nginx-slim:0.24`）。',
    message: '{0}: Required value（容器未设置镜像）',
    messageNamed: '{0}: Required value（容器 "{1}" 未设置镜像）',
  },
  'pod-container-name-duplicate': {
    summary: 'Pod 模板中 `containers` 和 `initContainers` 的容器名称必须互不相同。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '重命名其中一个容器（例如把 Init 容器改名为 `init-nginx`）。',
    message: '{0}: Duplicate value: {1}（与 {2} 重名）',
  },
  'pod-container-name-invalid': {
    summary:
      '每个容器和 Init 容器都需要一个符合 DNS-1123 标签规范的 `name`（最多 63 个字符，只能是小写字母、数字和 `-`）。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '给容器起一个简短的小写名称，例如 `nginx` 或 `init-config`。',
    required: '{0}: Required value（容器缺少名称）',
    invalid: '{0}: Invalid value: {1}: {2}（容器名称不合法）',
  },
  'pod-containers-missing': {
    summary:
      'Pod 模板的 `spec.template.spec.containers` 中至少需要一个容器。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。',
    remediation: '在 `spec.template.spec.containers` 下添加一个带 `name` 和 `image` 的容器。',
    noTemplate: 'spec.template: Required value: StatefulSet 需要一个包含容器的 Pod 模板',
    noContainers: 'spec.template.spec.containers: Required value（Pod 模板中没有容器）',
  },
  'pod-volume-mount-not-found': {
    summary:
      '容器或 Init 容器的每个 `volumeMounts[].name` 都必须指向 Pod 的某个卷：`spec.template.spec.volumes` 中的条目，或 `spec.volumeClaimTemplates` 中的条目（每个卷申领模板都会成为同名的卷）。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet（`Not found: "data"`）；更早的集群则会在每次创建 Pod 时报同样的错误。',
    remediation: '修正 `volumeMounts` 中的名称，或补上缺失的卷或卷申领模板。',
    message: '{0}: Not found: {1}；现有的卷和卷申领模板：{2}',
    messageNoVolumes: '{0}: Not found: {1}；该 Pod 没有任何卷或卷申领模板',
    'fix.addClaimTemplate': '添加 volumeClaimTemplate {0}',
  },
  'pod-volume-name-duplicate': {
    summary:
      '`spec.template.spec.volumes` 中的卷名称必须唯一。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。（与某个 `volumeClaimTemplates` 条目同名的卷会被该申领替换，因此不计在内。）',
    remediation: '重命名或合并重复的卷，并同步修改引用它的 `volumeMounts`。',
    message: '{0}: Duplicate value: {1}（与 spec.template.spec.volumes[{2}].name 重复）',
  },
  'sts-active-deadline-forbidden': {
    summary: '`activeDeadlineSeconds` 会在固定时长后终止 Pod，这对 StatefulSet 中需要长期运行的 Pod 没有意义；apiserver 禁止在 Pod 模板中设置该字段。',
    remediation: '从 `spec.template.spec` 中删除 `activeDeadlineSeconds`。有截止时间的任务请使用 Job。',
    message:
      '{0}: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported（当前值为 {1}）：StatefulSet 的 Pod 需要长期运行，Pod 模板中不能设置 activeDeadlineSeconds',
  },
  'sts-api-version-removed': {
    summary: '该 StatefulSet 使用了 Kubernetes 已不再提供的 apiVersion（apps/v1beta1 和 apps/v1beta2 已在 v1.16 中移除）。',
    remediation: '请使用 `apiVersion: apps/v1`。在 apps/v1 中 `spec.selector` 为必填项，且必须与 Pod 模板的标签匹配。',
    message: 'Kubernetes 已不再为 StatefulSet 提供 apiVersion "{0}"（已在 v1.16 中移除）：请改用 "apps/v1"',
    'fix.apiVersion': '将 apiVersion 改为 apps/v1',
  },
  'sts-max-unavailable-feature-gated': {
    summary:
      'StatefulSet 的 `maxUnavailable` 受 `MaxUnavailableStatefulSet` 特性门控（feature gate）控制：v1.34 及之前为 alpha 且默认关闭，自 v1.35 起为 beta 且默认开启。门控关闭时，apiserver 会静默丢弃该字段，Pod 将逐个更新。',
    remediation: '请确认集群版本和特性门控；在 v1.35 之前的集群上，除非已启用该门控，否则 Pod 会一次只更新一个。',
    message: '{0} {1} 需要启用 MaxUnavailableStatefulSet 特性门控（v1.35 之前默认关闭）：未启用时该字段会被静默丢弃，Pod 将逐个更新',
  },
  'sts-max-unavailable-invalid': {
    summary:
      '`spec.updateStrategy.rollingUpdate.maxUnavailable` 必须是正整数（Pod 个数）或 1% 到 100% 之间的百分比（`"25%"`）；0、`0%`、超过 100% 的值以及格式错误的百分比都会被 apiserver 拒绝。',
    remediation: '请使用整数 Pod 个数（`2`）或带引号的百分比（如 `"25%"`），或者删除该字段（此时控制器一次只更新一个 Pod）。',
    message: '{0}: Invalid value: {1}: {2}（maxUnavailable 必须是正整数，或 1% 到 100% 之间的百分比）',
  },
  'sts-name-invalid': {
    summary:
      'StatefulSet 必须设置 `metadata.name`（或 `generateName`），且自 Kubernetes v1.27 起名称必须是 DNS-1123 标签：最多 63 个字符，只能包含小写字母、数字和 `-`，以字母或数字开头和结尾，不能包含点号。',
    remediation: '为 StatefulSet 取一个简短的小写名称，如 `web` 或 `mysql-primary`；它会成为每个 Pod 名称的前缀（`web-0`）。',
    'message.required': 'metadata.name: Required value: name or generateName is required（必须设置 name 或 generateName）',
    'message.invalid': '{0}: Invalid value: {1}: {2}（StatefulSet 的名称必须是 DNS-1123 标签）',
  },
  'sts-name-too-long-for-pods': {
    summary:
      'apiserver 接受最长 63 个字符的 StatefulSet 名称，但控制器会给每个 Pod 打上 `controller-revision-hash: <name>-<hash>` 标签（即 ControllerRevision 的名称，哈希最多 10 个字符），而标签值不能超过 63 个字符。名称超过 52 个字符时，Pod 创建会以 `FailedCreate` 失败，这个 StatefulSet 永远得不到 Pod。Pod 名称 `<name>-<ordinal>` 同时也是 Pod 的主机名，同样不能超过 63 个字符。',
    remediation: '将 `metadata.name` 缩短到最多 52 个字符。名称无法原地修改：请删除该 StatefulSet（加上 `--cascade=orphan` 可保留 Pod 和 PVC），再以新名称重新创建。',
    'message.nameTooLong':
      'metadata.name {0} 长 {1} 个字符，超过了 {2}：每个 Pod 都会带上标签 controller-revision-hash: "{3}-<hash>"（哈希最多 {4} 个字符），而标签值最多只能有 {5} 个字符，{6}{7}',
    'message.hostnameAlso': '；Pod 名称 {0} 作为主机名也过长（{1} > {2}）',
    'message.hostname': 'Pod 名称 {0}（metadata.name + "-" + 最大序号 {1}）长 {2} 个字符：Pod 主机名是最多 {3} 个字符的 DNS-1123 标签，因此控制器无法创建该 Pod',
    'consequence.never': '因此控制器永远无法创建 Pod',
    'consequence.sometimes': '因此只要哈希超过 {0} 个字符，Pod 创建就会失败（FailedCreate），约 {1}% 的模板修订版本都会如此',
  },
  'sts-negative-value': {
    summary:
      '`spec.replicas`、`spec.minReadySeconds`、`spec.ordinals.start` 和 `spec.updateStrategy.rollingUpdate.partition` 必须大于或等于 0；apiserver 会拒绝负值。',
    remediation: '请使用 0 或正数，或删除该字段以使用默认值（replicas 为 1，minReadySeconds 为 0，start 为 0，partition 为 0）。',
    message: '{0}: Invalid value: {1}: must be greater than or equal to 0（该字段不能为负数）',
  },
  'sts-no-readiness-probe': {
    summary:
      '在 `OrderedReady` Pod 管理策略（默认）下，控制器会等每个 Pod 变为 Ready 之后才启动下一个，滚动更新也同样如此。没有 `readinessProbe` 的容器一运行就算 Ready，因此这种顺序保证几乎不起作用：上一个 Pod 还不能提供服务，下一个 Pod 就已经启动了。',
    remediation: '添加 `readinessProbe`，只在该成员确实能提供服务时（已加入集群、已追上复制进度等）才返回成功。',
    message:
      'spec.template.spec.containers 中没有任何容器配置了 readinessProbe：在 podManagementPolicy 为 OrderedReady 时，每个 Pod 一运行就算作 Ready，因此当前 Pod 还不能提供服务，下一个 Pod 就已经启动了',
  },
  'sts-partition-exceeds-replicas': {
    summary:
      '设置滚动更新的 `partition` 后，只有序号大于或等于 partition 的 Pod 才会被更新。当 partition 大于 `spec.replicas` 时，没有任何 Pod 符合条件，Pod 模板的变更永远不会发布出去。Kubernetes 会静默接受这种配置。',
    remediation: '调低 partition 以分阶段发布（序号 >= partition 的 Pod 会使用新模板），或设为 0 以更新所有 Pod。',
    message: '{0} {1} 大于 {2}：没有序号 >= {1} 的 Pod，因此 Pod 模板的变更永远不会发布出去',
    replicas: 'spec.replicas {0}',
    replicasDefault: 'spec.replicas（默认值 {0}）',
  },
  'sts-pod-management-policy-invalid': {
    summary: '`spec.podManagementPolicy` 必须是 `OrderedReady`（默认）或 `Parallel`，拼写须完全一致；其他值都会被 apiserver 拒绝。',
    remediation: '使用 `Parallel` 可同时启动和停止所有 Pod；删除该字段（或写 `OrderedReady`）则逐个按顺序处理。',
    message: "spec.podManagementPolicy: Invalid value: {0}: must be 'OrderedReady' or 'Parallel'（只能是 OrderedReady 或 Parallel，区分大小写）",
  },
  'sts-restart-policy-invalid': {
    summary: 'StatefulSet 的 Pod 会一直运行，因此 Pod 模板的 `restartPolicy` 只能是 `Always`（省略时的默认值）；apiserver 会拒绝 `OnFailure` 和 `Never`。',
    remediation: '从 Pod 模板中删除 `restartPolicy`（或写 `Always`）。运行到结束即退出的任务请使用 Job。',
    message: '{0}: Unsupported value: {1}: supported values: "Always"（StatefulSet 的 Pod 模板只支持 Always）',
  },
  'sts-retention-policy-invalid': {
    summary:
      '`spec.persistentVolumeClaimRetentionPolicy.whenDeleted` 和 `.whenScaled` 只接受 `Retain`（默认）或 `Delete`；取值区分大小写，其他值都会被 apiserver 拒绝。',
    remediation: '写 `Retain` 保留 PVC（及其数据），写 `Delete` 删除它们，注意大小写；也可以删除该字段，使用默认值 `Retain`。',
    message: '{0}: Unsupported value: {1}: supported values: "Retain", "Delete"（取值区分大小写）',
  },
  'sts-revision-history-limit-negative': {
    summary:
      '与 Deployment 和 DaemonSet 不同，apiserver 不会校验 StatefulSet 的 `revisionHistoryLimit`。负值会被接受，之后控制器永远不会清理旧的 ControllerRevision，它们会不断堆积。',
    remediation: '请使用 0 或正数，或删除该字段（默认值为 10）。',
    message: '{0} 为 {1}：负数会被接受，但之后控制器永远不会删除旧的 ControllerRevision',
  },
  'sts-rolling-update-with-on-delete': {
    summary:
      '`spec.updateStrategy.rollingUpdate`（partition、maxUnavailable）只适用于 `RollingUpdate` 策略；在 `type: OnDelete` 下设置它，apiserver 会拒绝该 StatefulSet。',
    remediation: '删除 `rollingUpdate` 块；如果本意是用 `partition` 分阶段发布，则将 `type` 改为 `RollingUpdate`。',
    message:
      'spec.updateStrategy.rollingUpdate: Invalid value: {0}: only allowed for updateStrategy \'RollingUpdate\'（spec.updateStrategy.type 为 "OnDelete"，此时不能设置 rollingUpdate）',
  },
  'sts-selector-mismatch': {
    summary:
      '`spec.selector` 必须选中 Pod 模板的标签（`spec.template.metadata.labels`）：每个 `matchLabels` 键值对和每个 `matchExpressions` 条件都要满足。否则 apiserver 会以 "`selector` does not match template `labels`" 拒绝该 StatefulSet。',
    remediation: '将缺少的标签添加到 `spec.template.metadata.labels`（selector 创建后不可修改），或在首次 apply 之前修正 selector。',
    message:
      'spec.template.metadata.labels: Invalid value: {0}: `selector` does not match template `labels`（spec.selector 要求 {1}，但 Pod 模板标签不满足）',
    unknownOperator: '{0} {1}（未知运算符）',
    'fix.copyIntoSelector': '将模板标签复制到 spec.selector.matchLabels',
    'fix.copyIntoTemplate': '将 spec.selector.matchLabels 复制到模板标签',
  },
  'sts-selector-missing': {
    summary:
      '在 apps/v1 中，`spec.selector` 是必填项且不能为空：它告诉控制器哪些 Pod 属于这个 StatefulSet（apps/v1beta1 曾根据模板标签为其设置默认值）。缺少 selector 的 StatefulSet 会被 apiserver 拒绝。',
    remediation: '添加 `spec.selector.matchLabels`，写入 `spec.template.metadata.labels` 中的标签（例如 `app: web`）。selector 创建后不可修改。',
    'message.required': 'spec.selector: Required value（apps/v1 中必须设置 spec.selector）',
    'message.requiredV1beta1': 'spec.selector: Required value（apps/v1beta1 会根据模板标签为其设置默认值；apps/v1 则要求必须设置）',
    'message.empty': 'spec.selector: Invalid value: {}: empty selector is invalid for statefulset（StatefulSet 的 selector 不能为空）',
  },
  'sts-service-name-invalid': {
    summary:
      '`spec.serviceName` 会成为每个 Pod 的 `subdomain`，因此必须是 DNS-1123 标签。大约从 v1.33 起 apiserver 会直接拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate ... spec.subdomain: Invalid value`）。',
    remediation: '将 `spec.serviceName` 设为管理该 StatefulSet 的无头 Service（headless Service）的名称（小写字母、数字和 `-`，最多 63 个字符）。',
    message: 'spec.serviceName: Invalid value: {0}: {1}（spec.serviceName 会成为每个 Pod 的 subdomain，必须是 DNS-1123 标签）',
  },
  'sts-service-name-missing': {
    summary:
      '`spec.serviceName` 指定一个无头 Service（headless Service），由它为每个 Pod 提供稳定的 DNS 名称（`web-0.nginx.default.svc.cluster.local`）。大约从 v1.33 起该字段是可选的（之前为必填），但不设置它，Pod 就没有 `subdomain`，也没有逐个 Pod 的 DNS 记录。',
    remediation: '创建一个选中这些 Pod 的无头 Service（`clusterIP: None`），并将 `spec.serviceName` 设为它的名称。',
    message: 'spec.serviceName {0}：Pod 没有 subdomain，因此不会有 "<pod>.<service>" 这样的逐个 Pod 的 DNS 名称',
    notSet: '未设置',
    empty: '为空',
    noValue: '没有值',
  },
  'sts-service-name-not-dns1035': {
    summary:
      'Service 名称必须是 DNS-1035 标签，即必须以字母开头。以数字开头的 `spec.serviceName` 是合法的 Pod subdomain，因此 StatefulSet 会被接受，但永远不可能有 Service 叫这个名字：Pod 永远得不到逐个 Pod 的 DNS 记录。',
    remediation: '重命名无头 Service，使其以字母开头（用 `db-2` 而不是 `2-db`），并将 `spec.serviceName` 设为新名称。',
    message: 'spec.serviceName {0} 永远不可能是 Service 的名称：{1}',
  },
  'sts-service-namespace-mismatch': {
    summary:
      '`spec.serviceName` 指定的 Service 只存在于其他命名空间中。Pod 的 subdomain 在 Pod 自己所在的命名空间中解析，因此该 StatefulSet 的 Pod 无法从它获得 DNS 记录。省略 namespace 即表示 `default`。',
    remediation: '将 StatefulSet 及其无头 Service 放在同一个命名空间中（两者都设置 `metadata.namespace`，或都不设置）。',
    message: 'spec.serviceName {0}：Service {0} 只存在于{1} 中，而该 StatefulSet 位于命名空间 {2}；Pod 只会在自己所在的命名空间中解析其 Service',
    namespace: '命名空间 {0}',
    namespaces: '命名空间 {0}',
    related: 'Service {0} 位于命名空间 {1}',
  },
  'sts-service-no-selector': {
    summary:
      '`spec.serviceName` 指定的 Service 没有 `spec.selector`。这样 Kubernetes 不会为它管理任何端点，除非手动编写 EndpointSlice，否则该 StatefulSet 的 Pod 得不到逐个 Pod 的 DNS 记录。',
    remediation: '为该 Service 添加 `spec.selector`，写入 Pod 模板的标签（通常与 StatefulSet 的 `spec.selector.matchLabels` 相同）。',
    message: 'spec.serviceName {0}：Service {0} 没有 spec.selector，因此它的端点永远不会包含该 StatefulSet 的 Pod，这些 Pod 也就得不到逐个 Pod 的 DNS 记录',
    related: 'Service {0} 没有 selector',
  },
  'sts-service-not-found': {
    summary:
      '在所有已检查的文件中都找不到 `spec.serviceName` 指定的 Service。StatefulSet 控制器不会自动创建它：没有同名的无头 Service（headless Service），Pod 就得不到稳定的 DNS 名称（web-0.nginx）。它也可能定义在未被检查的文件中。',
    remediation:
      '在 StatefulSet 所在的命名空间中创建同名的无头 Service（`clusterIP: None`），并让其 `spec.selector` 匹配 Pod 模板的标签；或者将 `spec.serviceName` 指向已有的 Service。',
    message: 'spec.serviceName {0} 在已检查的文件中没有对应的 Service（它可能定义在别处）：只有命名空间 {1} 中同名的无头 Service（headless Service）才能为 Pod 提供 DNS 名称{2}',
    hint: '；该命名空间中的无头 Service：{0}',
    'fix.create': '创建无头 Service {0}',
    'fix.rename': '将 serviceName 改为 {0}',
  },
  'sts-service-not-headless': {
    summary:
      '`spec.serviceName` 指定的 Service 不是无头 Service（headless Service）。DNS 只会为无头 Service 发布逐个 Pod 的记录（web-0.nginx），即 `spec.clusterIP` 恰好为 `None` 的 Service（区分大小写：`none` 会被当作无效 IP 拒绝）。',
    remediation:
      '在该 Service 上设置 `clusterIP: None`。已存在的 Service 无法原地切换（clusterIP 一旦设置就不能更改）：需要删除后重建。如果客户端需要负载均衡的地址，请另外保留一个 ClusterIP 类型的 Service。',
    message: 'spec.serviceName {0}：Service {0} 不是无头 Service（{1}）；只有 clusterIP: None 的 Service 才能为 Pod 提供稳定的 DNS 名称',
    'why.externalName': 'spec.type 为 "ExternalName"',
    'why.noClusterIP': '它没有设置 spec.clusterIP，因此会被分配一个集群 IP',
    'why.clusterIPs': 'spec.clusterIPs {0} 必须恰好是 ["None"]',
    'why.case': '{0} {1} 必须写作 "None"，区分大小写',
    'why.value': '{0} 为 {1}',
    'related.externalName': 'Service {0} 的类型是 ExternalName',
    'related.noClusterIP': 'Service {0} 没有设置 clusterIP: None',
    'related.clusterIP': 'Service {0} 的 clusterIP',
    'fix.makeHeadless': '将 Service {0} 改为无头 Service（clusterIP: None）；线上已存在的 Service 无法原地修改：需要删除后重建',
  },
  'sts-service-selector-mismatch': {
    summary:
      '`spec.serviceName` 指定的 Service 的 `spec.selector` 选不中 Pod 模板的标签，因此这些 Pod 永远不会进入它的 EndpointSlice，也得不到逐个 Pod 的 DNS 记录（web-0.nginx）。',
    remediation:
      '让该 Service 的 `spec.selector` 中的每个 `key: value` 都是 `spec.template.metadata.labels` 中的标签（通常与 StatefulSet 的 `spec.selector.matchLabels` 相同）。',
    message: 'spec.serviceName {0}：Service {0} 的 selector 选不中该 StatefulSet 的 Pod（{1}）',
    'difference.missing': '要求 {0}={1}，但 Pod 没有 {0} 标签',
    'difference.other': '要求 {0}={1}，但 Pod 上是 {0}={2}',
    separator: '；',
    related: 'Service {0} 的 selector',
    'fix.setSelector': '将 Service {0} 的 selector 设为 Pod 的标签',
  },
  'sts-termination-grace-zero': {
    summary:
      '`terminationGracePeriodSeconds` 为 0 时，Pod 会在没有优雅关闭的情况下被直接终止。对于 StatefulSet，Kubernetes 文档认为这样做不安全，并强烈不建议：被强制删除的 Pod 可能仍在运行，而拥有相同身份和存储的替代 Pod 已经启动。',
    remediation: '删除该字段（默认 30 秒），或给应用留出足够的秒数以便正常关闭。',
    message: '{0} 为 0：Pod 会在没有优雅关闭的情况下被直接终止，StatefulSet 文档认为这样做不安全，并强烈不建议',
  },
  'sts-update-forbidden': {
    summary:
      '与基线（`--baseline REF`）相比，这次编辑修改了 StatefulSet 创建后就不能再改的字段：`spec` 中除 `replicas`、`ordinals`、`template`、`updateStrategy`、`revisionHistoryLimit`、`persistentVolumeClaimRetentionPolicy` 和 `minReadySeconds` 之外的一切（尤其是 `selector`、`serviceName`、`volumeClaimTemplates`、`podManagementPolicy`）。`kubectl apply`、Helm、Flux 和 Argo CD 都会以 `spec: Forbidden: updates to statefulset spec for fields other than …` 失败。',
    remediation:
      '把该字段改回基线中的值，或者替换这个 StatefulSet：`kubectl delete statefulset NAME --cascade=orphan` 会让 Pod 和申领继续运行，然后再应用新清单（`statefulset-studio plan --baseline REF` 会给出确切的命令，存储容量变大时还包括逐个扩容申领）。',
    changed: "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden（{0}：基线中为 {1}，现在为 {2}；这个字段不能在原对象上修改）",
    storage: "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden（{0}：卷申领模板的存储申请从 {1} 改成了 {2}；卷申领模板不能改容量，应逐个扩容现有的申领）",
    related: '{0} 在基线中的值：{1}',
  },
  'sts-update-strategy-invalid': {
    summary:
      '`spec.updateStrategy.type` 必须是 `RollingUpdate`（省略时的默认值）或 `OnDelete`，拼写须完全一致；否则 apiserver 会拒绝该 StatefulSet（它会把整个 `spec.updateStrategy` 报告为无效值）。',
    remediation: '写 `type: RollingUpdate`（或省略 `type`）以自动滚动更新，或写 `type: OnDelete`，仅在你手动删除 Pod 时才替换它们。',
    message: "spec.updateStrategy.type: Invalid value: {0}: must be 'RollingUpdate' or 'OnDelete'（只能是 RollingUpdate 或 OnDelete，区分大小写）",
  },
  'svc-cluster-ip-invalid': {
    summary:
      '`spec.clusterIP` 必须是 `None`（严格区分大小写）或一个有效的 IP 地址；`none` 会被当作无效 IP 拒绝。`spec.clusterIPs` 要求同时设置 `clusterIP` 且以它开头，最多包含 2 个地址（每个 IP 协议族一个），`None` 只能作为其唯一的值。ExternalName 类型的 Service 两者都不能设置。',
    remediation: '无头 Service 请写 `clusterIP: None`，或者省略 `clusterIP` 让集群自动分配。只在同时设置了 `clusterIP` 时才设置 `clusterIPs`（其第一个值须等于 `clusterIP`）。',
    noneCapital: '{0}；无头 Service 需要写成 "None"，N 必须大写',
    externalName: '{0} {1}: Forbidden: may not be set for ExternalName services（ExternalName 类型的 Service 不能设置该字段）',
    ipsWithoutIp: '{0} {1}: must be empty when `clusterIP` is not specified（请把 clusterIP 设为它的第一个值）',
    firstMismatch: 'spec.clusterIPs[0] {0}: first value must match `clusterIP`（第一个值必须与 `clusterIP` 的值 {1} 相同）',
    noneNotOnly: '{0} "None": \'None\' must be the first and only value（`None` 必须是唯一的值）',
    tooMany: '{0} {1}: may only hold up to 2 values（最多只能有 2 个值）',
    sameFamily: '{0} {1}: may specify no more than one IP for each IP family（每个 IP 协议族最多只能指定一个 IP）',
    invalidIP: '{0} {1}: {2}',
  },
  'svc-headless-type-invalid': {
    summary:
      "无头 Service（`clusterIP: None`）不能是 LoadBalancer 或 NodePort 类型：这两种类型都要经由集群 IP 转发流量。apiserver 会拒绝它（`may not be set to 'None' for LoadBalancer services`）。",
    remediation: '无头 Service 请使用 `type: ClusterIP`（或省略 `type`），再通过另一个非无头的 Service 对外暴露这些 Pod。',
    message: '{0} "None": may not be set to \'None\' for {1} services（spec.type 为 {2} 的 Service 不能是无头 Service）',
  },
  'svc-name-invalid': {
    summary:
      'Service 名称必须是 DNS-1035 标签：最多 63 个字符，只能是小写字母、数字和 `-`，以字母开头，以字母或数字结尾。其他名称都会被 apiserver 拒绝（因此像 `2nginx` 这样的 StatefulSet `serviceName` 虽然是合法的 DNS-1123 标签，却永远不可能对应一个真实存在的 Service）。',
    remediation: '重命名该 Service（以及所有引用它的 `serviceName`），例如用 `nginx-2` 代替 `2nginx`。',
    message: 'metadata.name {0} 不是有效的 Service 名称：{1}',
  },
  'svc-node-port-forbidden': {
    summary:
      "`spec.ports[].nodePort` 只能用于 NodePort 和 LoadBalancer 类型的 Service。在 ClusterIP 类型（默认类型）的 Service 上，apiserver 会拒绝它：`may not be used when `type` is 'ClusterIP'`。",
    remediation: '删除 `nodePort`，或设置 `spec.type: NodePort`（无头 Service 不能是 NodePort 类型：请另建一个 Service 来暴露这些 Pod）。',
    message: "{0} {1}: Forbidden: may not be used when `type` is 'ClusterIP'（ClusterIP 类型的 Service 不能设置 nodePort）",
  },
  'svc-port-duplicate': {
    summary:
      '`spec.ports` 中有两个条目的 `port` 和 `protocol`（省略时为 TCP）都相同；apiserver 会以 `Duplicate value` 拒绝该 Service。不同协议使用同一端口号是允许的（如 53/TCP 和 53/UDP）。',
    remediation: '删除重复的条目，或为它换一个端口号或协议。',
    message: '{0}.port {1}（协议 {2}）: Duplicate value: spec.ports[{3}] 已使用端口 {1}/{4}',
  },
  'svc-port-invalid': {
    summary:
      '`spec.ports[].port` 必须在 1–65535 之间。`targetPort` 可以是 1–65535 的数字，也可以是容器端口的名称（IANA 服务名：最多 15 个字符，只能是小写字母、数字和 `-`，且至少包含一个字母）。像 `"8080"` 这样加了引号的数字会被当作名称，而且是无效的名称。省略 `targetPort` 或设为 0 时，默认取 `port` 的值。',
    remediation: '使用范围内的端口号；数字形式的 `targetPort` 不要加引号，或者改用容器端口的 `name`。',
    quotedNumber: '（加了引号的数字会被当作端口名称：请去掉引号，直接写 {0}）',
    port: '{0}.port {1}: must be between 1 and 65535, inclusive',
    targetPort: '{0}.targetPort {1}',
  },
  'svc-port-name-invalid': {
    summary:
      'Service 端口名称：`spec.ports` 有多个条目时，每个端口都需要 `name`；名称必须是 DNS-1123 标签（小写字母、数字和 `-`，最多 63 个字符），且在该 Service 内唯一。否则 apiserver 会拒绝该 Service。',
    remediation: '为每个端口起一个简短、唯一的小写名称，例如 `web`、`grpc` 或 `metrics`。',
    required: '{0}: Required value: Service 有多个端口时，每个端口都需要名称',
    requiredPort: '{0}: Required value: Service 有多个端口时，每个端口都需要名称（端口 {1}）',
    duplicate: '{0} {1}: Duplicate value: spec.ports[{2}] 已使用同一名称',
    'fix.addNames': '添加端口名称',
    invalid: '{0} {1}: {2}',
    firstUse: '{0} {1}',
  },
  'svc-ports-required': {
    summary:
      'Service 的 `spec.ports` 中至少需要一个条目，除非它是无头 Service（`clusterIP: None`）或 ExternalName 类型；否则 apiserver 会以 `spec.ports: Required value` 拒绝它。',
    remediation: '在 `spec.ports` 下添加 Pod 对外提供服务的端口；如果该 Service 只用来提供 DNS 名称，可以用 `clusterIP: None` 把它设为无头 Service。',
    message: 'spec.ports: Required value: Service {0} 既不是无头 Service（clusterIP: None），也不是 ExternalName 类型，因此至少需要一个端口',
    messageUnnamed: 'spec.ports: Required value: 该 Service 既不是无头 Service（clusterIP: None），也不是 ExternalName 类型，因此至少需要一个端口',
  },
  'svc-update-cluster-ip-immutable': {
    summary:
      '与基线（`--baseline REF`）相比，这次编辑修改了 Service 的集群 IP：`clusterIP`/`clusterIPs` 一旦设置就不能再改，因此 Service 不能在原对象上变成无头服务（`clusterIP: None`），也不能从无头服务变回来（`spec.clusterIPs[0]: Invalid value: ["None"]: may not change once set`）。清单中不写 `clusterIP` 时会保留集群中的值（包括 `None`），所以把无头服务改成 NodePort 或 LoadBalancer 也会被拒绝。',
    remediation:
      '保留基线中的集群 IP，或者删除并重新创建 Service（`kubectl delete service NAME`，然后再应用）：解析它的客户端会有短暂的中断。对于 StatefulSet，如果既需要无头地址又需要负载均衡地址，请另建第二个 Service。',
    changed: 'spec.clusterIPs[{0}]: Invalid value: {1}: may not change once set（集群 IP 设置后不能修改；基线中为 {2}）',
    headlessKept:
      "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for {0} services（这个清单没有写 clusterIP，集群中的 Service 会保留基线中的 clusterIP None）",
    related: '基线中的集群 IP：{0}',
  },
  'svc-update-forbidden': {
    summary:
      '与基线（`--baseline REF`）相比，这次编辑修改了 Service 中不能在原对象上修改的字段：LoadBalancer 类型 Service 的 `spec.loadBalancerClass`（`may not change once set`，新增或删除也算），或者 `externalTrafficPolicy: Local` 的 LoadBalancer 上显式写出的 `spec.healthCheckNodePort`（`field is immutable`）。',
    remediation:
      '保留基线中的值，或者删除该 Service 再重新创建（`kubectl delete service NAME`，然后再应用）：它的负载均衡器会被替换，客户端会有一段中断。',
    loadBalancerClass: 'spec.loadBalancerClass: Invalid value: {0}: may not change once set（设置后不能修改；基线中为 {1}）',
    healthCheckNodePort: 'spec.healthCheckNodePort: Forbidden: field is immutable（该字段不可修改；基线中为 {0}，现在为 {1}）',
    related: '基线中的值：{0}',
  },
  'vct-access-modes-missing': {
    summary:
      '卷申领模板没有设置 `spec.accessModes`。PersistentVolumeClaim 至少需要一种访问模式：大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每个 PVC 都会创建失败（`spec.accessModes: Required value: at least 1 access mode is required`），因此没有任何 Pod 能启动。',
    remediation: '在卷申领模板的 `spec` 中添加 `accessModes: ["ReadWriteOnce"]`（或根据存储的支持情况使用 ReadWriteOncePod、ReadOnlyMany、ReadWriteMany）。',
    message: '{0}: Required value: at least 1 access mode is required（至少需要一种访问模式）',
    messageNamed: '{0}: Required value: at least 1 access mode is required（卷申领模板 {1} 至少需要一种访问模式）',
  },
  'vct-duplicate-name': {
    summary: '两个 `spec.volumeClaimTemplates` 使用了相同的 `metadata.name`。没有任何组件会拒绝这种写法：控制器按名称索引卷申领模板，因此最后一个会悄悄生效，前面的都被忽略（它们的容量、存储类和访问模式永远不会生效）。',
    remediation: '为每个卷申领模板取不同的名称（并挂载它），或删除不需要的那个。已有 StatefulSet 的卷申领模板不能修改：需要重建它（先 `kubectl delete sts --cascade=orphan`，再 apply）。',
    message: '{0}: Duplicate value: {1} 也是 {2} 的名称；同名的卷申领模板只有最后一个会被使用，其余的会被静默忽略',
  },
  'vct-name-missing': {
    summary:
      '`spec.volumeClaimTemplates` 中有一个条目没有 `metadata.name`。这个名称既是 Pod 中卷的名称（`volumeMounts` 引用的就是它），也是每个 PVC 名称的前缀（`<name>-<statefulset>-<ordinal>`）；没有它，卷和 PVC 都是无效的，每次创建 Pod 都会失败。',
    remediation: '为卷申领模板设置 `metadata.name`（例如 `data`），并按这个名称挂载它。',
    message: '{0}: Required value: 卷申领模板需要一个名称（它的 PVC 命名为 <name>-{1}-<ordinal>）',
  },
  'vct-no-storage-class': {
    summary:
      '没有设置 `spec.storageClassName` 的卷申领模板依赖集群的默认 StorageClass。如果集群没有默认 StorageClass（或它在这里无法供应卷），PVC 会一直处于 Pending 状态，Pod 也一样。`storageClassName: ""` 则不同：它要求使用一个预先创建、不属于任何存储类的 PersistentVolume。',
    remediation: '如果不能确定目标集群有默认 StorageClass，请把 `storageClassName` 设为该集群中的某个 StorageClass（见 `kubectl get storageclass`）。',
    message: '{0} 未设置：将使用集群的默认 StorageClass；如果没有默认 StorageClass，PVC 会一直处于 Pending 状态',
    messageNamed: '{0} 未设置（卷申领模板 {1}）：将使用集群的默认 StorageClass；如果没有默认 StorageClass，PVC 会一直处于 Pending 状态',
  },
  'vct-shadows-volume': {
    summary: '`spec.template.spec.volumes` 中有一个条目与卷申领模板同名。卷申领模板优先：控制器会用申领替换该卷，因此这里写的卷（emptyDir、configMap 等）永远不会被使用。',
    remediation: '重命名模板中的这个卷（以及本应挂载它的 volumeMounts）；如果挂载本来就应该使用申领，则删除该卷。',
    message: '{0} {1} 被同名的卷申领模板（{2}）替换：卷申领模板优先于模板中的卷，因此这个卷永远不会被使用',
  },
  'vct-storage-request-missing': {
    summary:
      '卷申领模板没有设置 `spec.resources.requests.storage`（或容量不大于零）。PersistentVolumeClaim 必须申请容量：大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每个 PVC 都会创建失败，因此没有任何 Pod 能启动。',
    remediation: '在卷申领模板的 `spec` 中添加 `resources: {requests: {storage: 1Gi}}`（每个 Pod 需要的容量）。',
    required: '{0}: Required value: 卷申领模板必须申请存储容量，例如 storage: 1Gi',
    requiredNamed: '{0}: Required value: 卷申领模板必须申请存储容量，例如 storage: 1Gi（卷申领模板 {1}）',
    notPositive: '{0} {1}: must be greater than zero（存储容量必须大于零）',
    notPositiveNamed: '{0} {1}: must be greater than zero（卷申领模板 {2} 的存储容量必须大于零）',
  },
  'vct-unused': {
    summary:
      '某个卷申领模板没有被任何容器或 Init 容器挂载（没有同名的 `volumeMounts` 或 `volumeDevices`）。每个 Pod 仍会由它得到一个 PersistentVolumeClaim，它会被绑定、产生费用，却没有任何地方使用。API 参考文档原文："Every claim in this list must have at least one matching (by name) volumeMount in one container in the template"。',
    remediation: '在需要存储的容器中添加一个使用该卷申领模板名称的 `volumeMounts` 条目，或删除该卷申领模板。',
    message: '{0} {1} 没有被任何容器挂载：每个 Pod 仍会得到一个无人使用的 PersistentVolumeClaim {2}',
  },
  'pod-env-invalid': {
    summary:
      '容器的 `env` 或 `envFrom` 条目被 apiserver 拒绝：缺少名称或名称含有 `=` 或不可打印字符；同时设置了 `value` 和 `valueFrom`；`valueFrom` 没有来源或有两个来源；`fieldRef.fieldPath` 不是 downward API 为环境变量提供的字段（`metadata.name`、`metadata.namespace`、`metadata.uid`、`spec.nodeName`、`spec.serviceAccountName`、`status.hostIP(s)`、`status.podIP(s)`、`metadata.labels[…]`、`metadata.annotations[…]`）；`resourceFieldRef.resource` 不是 `limits.`/`requests.` 加 `cpu`、`memory`、`ephemeral-storage` 或 `hugepages-*`；键选择器缺少合法的 `key`；或 `envFrom` 条目没有恰好一个 `configMapRef` 或 `secretRef`。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。只有旧集群才拒绝的名称（以数字开头、含空格或 `:`）报告为警告；`resourceFieldRef.containerName` 指向 Pod 中不存在的容器时也报告为警告：apiserver 会接受它，但 kubelet 无法解析。',
    remediation:
      '只保留 `value` 或 `valueFrom` 之一，`valueFrom` 只写一个来源，使用受支持的 `fieldPath`（`status.podIP`，而不是 `status.podIp`），变量名只用字母、数字、`_`、`-` 和 `.`。',
    required: '{0}: Required value（缺少必填字段）',
    invalid: '{0}: Invalid value: {1}: {2}',
    strictName: '{0}: Invalid value: {1}: {2}（v1.32 左右之前的集群未启用 RelaxedEnvironmentVariableValidation 特性，会拒绝该名称）',
    noSource: '{0}: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`（valueFrom 必须指定一个来源）',
    withValue: '{0}: Invalid value: "": may not be specified when `value` is not empty（不能同时设置 value 和 valueFrom）',
    twoSources: '{0}: Invalid value: "": may not have more than one field specified at a time（只能指定一个来源）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不受支持的取值）',
    noEnvFromSource: '{0}: Invalid value: "": must specify one of: `configMapRef` or `secretRef`（envFrom 条目必须指定 configMapRef 或 secretRef 之一）',
    containerNotFound: '{0}: 找不到容器 {1}：kubelet 无法解析该变量，容器永远不会启动（CreateContainerConfigError）',
  },
  'pod-mount-invalid': {
    summary:
      '容器的 `volumeMounts` 或 `volumeDevices` 条目被 apiserver 拒绝：缺少 `name`；缺少 `mountPath`（或 `devicePath`）；同一容器中路径重复；`subPath` 或 `subPathExpr` 是绝对路径或含有 `..`；同时设置了 `subPath` 和 `subPathExpr`；设备引用的既不是卷申领模板也不是 PVC 卷；或同一个卷既被挂载又被用作设备。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。（挂载引用不存在的卷由 `pod-volume-mount-not-found` 报告。）',
    remediation: '为每个挂载设置名称和独立的路径，`subPath` 写成相对于卷的路径且不含 `..`，`subPath` 和 `subPathExpr` 只保留一个，块设备只用于卷申领模板。',
    required: '{0}: Required value（缺少必填字段）',
    invalid: '{0}: Invalid value: {1}: {2}',
    notFound: '{0}: Not found: {1}（没有同名的卷或卷申领模板）',
  },
  'pod-port-invalid': {
    summary:
      'Pod 模板中某个容器端口被 apiserver 拒绝：`name` 不是 IANA 服务名（最多 15 个小写字母、数字和 `-`，至少一个字母，不能有 `--`，首尾不能是 `-`）；同一容器中端口名重复；`containerPort` 缺失或不在 1–65535 之间；`hostPort` 不在 1–65535 之间，或被多个容器重复占用（协议和 `hostIP` 相同）；设置 `hostNetwork: true` 时 `hostPort` 与 `containerPort` 不同；或 `protocol` 不是 `TCP`、`UDP`、`SCTP`。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。',
    remediation: '缩短端口名（`kafka-controller` → `controller`），同一容器内端口名保持唯一，使用范围内的端口号，协议用大写。',
    name: '{0}: Invalid value: {1}: {2}（端口名不是合法的 IANA 服务名）',
    duplicate: '{0}: Duplicate value: {1}（端口名或主机端口重复）',
    required: '{0}: Required value（缺少 containerPort）',
    range: '{0}: Invalid value: {1}: must be between 1 and 65535, inclusive（端口号超出范围）',
    protocol: '{0}: Unsupported value: {1}: supported values: "SCTP", "TCP", "UDP"（不受支持的协议）',
    hostNetwork: '{0}: Invalid value: {1}: must match `containerPort` when `hostNetwork` is true（使用主机网络时 hostPort 必须等于 containerPort）',
    'fix.protocol': '把协议改为 {0}',
  },
  'pod-probe-invalid': {
    summary:
      '探针或生命周期钩子被 apiserver 拒绝：没有处理器或有多个处理器（`exec`、`httpGet`、`tcpSocket`、`grpc`；钩子用 `sleep` 代替 `grpc`）；`exec` 没有 `command`；端口既不是 1–65535 也不是 IANA 端口名；`scheme` 不是 `HTTP`/`HTTPS`；时间参数为负；存活探针或启动探针的 `successThreshold` 不是 1；就绪探针设置了 `terminationGracePeriodSeconds`；钩子的 sleep 时长超过 Pod 的 `terminationGracePeriodSeconds`（默认 30）；或者不是边车（`restartPolicy: Always`）的 Init 容器设置了探针或钩子。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。',
    remediation: '每个探针或钩子只保留一个处理器，存活探针和启动探针使用 `successThreshold: 1`，把探针从普通 Init 容器上移走（或用 `restartPolicy: Always` 把该 Init 容器变成边车）。',
    initForbidden: '{0}: Forbidden: may not be set for init containers without restartPolicy=Always（普通 Init 容器不能设置探针或生命周期钩子）',
    secondHandler: '{0}: Forbidden: may not specify more than 1 handler type（只能指定一个处理器）',
    noHandler: '{0}: Required value: must specify a handler type（必须指定一个处理器）',
    required: '{0}: Required value（缺少必填字段）',
    negative: '{0}: Invalid value: {1}: must be greater than or equal to 0（不能为负数）',
    notOne: '{0}: Invalid value: {1}: must be 1（存活探针和启动探针的 successThreshold 必须为 1）',
    readinessGrace: '{0}: Invalid value: {1}: must not be set for readinessProbes（就绪探针不能设置该字段）',
    gracePositive: '{0}: Invalid value: {1}: must be greater than 0（必须大于 0）',
    port: '{0}: Invalid value: {1}: {2}（端口不合法）',
    scheme: '{0}: Unsupported value: {1}: supported values: "HTTP", "HTTPS"（不受支持的 scheme）',
    sleep: '{0}: Invalid value: {1}: must be non-negative and less than terminationGracePeriodSeconds ({2})（sleep 时长不能为负，也不能超过 Pod 的优雅终止时长）',
    'fix.successThreshold': '把 successThreshold 设为 1',
    'fix.scheme': '把 scheme 改为 {0}',
  },
  'pod-resources-invalid': {
    summary:
      '容器的 `resources` 被 apiserver 拒绝：请求量大于上限；数量为负；不带域名的资源名不是 `cpu`、`memory`、`ephemeral-storage` 或 `hugepages-<大小>`；扩展资源（如 `nvidia.com/gpu`）或大页只有请求没有上限，或请求与上限不相等；扩展资源数量不是整数；或使用大页却没有 cpu 或 memory。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。数量按原文显示；apiserver 会以规范形式显示（`0.5` 显示为 `500m`）。',
    remediation: '把请求量降到不超过上限（或提高上限），为扩展资源设置与请求相等的上限，并按 Kubernetes 的拼写书写资源名（`memory`，而不是 `mem`）。',
    name: '{0}: Invalid value: {1}: {2}（资源名不合法）',
    negative: '{0}: Invalid value: {1}: must be greater than or equal to 0（数量不能为负）',
    notInteger: '{0}: Invalid value: {1}: must be an integer（扩展资源必须是整数）',
    aboveLimit: '{0}: Invalid value: {1}: must be less than or equal to {2} limit of {3}（请求量大于上限）',
    notEqual: '{0}: Invalid value: {1}: must be equal to {2} limit of {3}（该资源不允许超额分配，请求必须等于上限）',
    limitRequired: '{0}: Required value: Limit must be set for non overcommitable resources（不可超额分配的资源必须设置上限）',
    hugePages: '{0}: Forbidden: HugePages require cpu or memory（使用大页时必须同时设置 cpu 或 memory）',
  },
  // Labels, selectors, volumes, claim templates as claims and pod-level fields (issue #9 items 1–3).
  'label-invalid': {
    summary:
      '标签键必须是限定名（可选的 DNS 子域名前缀加 `/`，然后是最多 63 个字母、数字、`-`、`_` 或 `.`，并以字母或数字开头和结尾），标签值最多 63 个同样的字符（或为空）。这适用于 `metadata.labels`、Pod 模板标签、卷申领模板标签、Service 的 `spec.selector` 以及 Pod 的 `nodeSelector`。否则 apiserver 会拒绝该对象（Pod 模板大约从 v1.34 起；更早的集群则会在每次创建 Pod 时失败）。',
    remediation: '缩短键或值，把空格、`:` 等字符换成 `-`、`_` 或 `.`；YAML 会读成数字或布尔值的标签值要加引号。',
    invalid: '{0}: Invalid value: {1}: {2}（标签键或标签值的语法不合法）',
  },
  'pod-affinity-invalid': {
    summary:
      'Pod 模板的亲和性：节点亲和性至少需要一个 `nodeSelectorTerms` 条目，条件的运算符为 `In`、`NotIn`、`Exists`、`DoesNotExist`、`Gt` 或 `Lt`（`In`/`NotIn` 需要 values，`Exists`/`DoesNotExist` 不能有 values，`Gt`/`Lt` 恰好一个值），键符合标签键语法；偏好条件的 `weight` 在 1 到 100 之间；Pod（反）亲和性条件需要 `topologyKey` 和合法的命名空间名称。（标签选择算符由 selector-invalid 检查。）大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '准确拼写运算符，为 `In`/`NotIn` 提供 values，权重使用 1 到 100，并设置 `topologyKey`（每个节点一个 Pod 时用 `kubernetes.io/hostname`）。',
    invalid: '{0}: Invalid value: {1}: {2}（亲和性设置不合法）',
    required: '{0}: Required value{1}（亲和性缺少必填内容）',
    forbidden: '{0}: Forbidden: {1}（该运算符不能有 values）',
  },
  'pod-dns-config-invalid': {
    summary:
      'Pod 模板的 `dnsConfig`：最多 3 个 `nameservers`，且每个都是 IP 地址；最多 32 个 `searches`（合计 2048 个字符），每个都是 DNS 子域名（末尾的点可以保留）；每个 `options` 条目都要有 `name`。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: 'nameserver 写成 IP 地址（而不是主机名），搜索列表保持简短并使用小写，并为每个选项写上名称（`{name: ndots, value: "2"}`）。',
    invalid: '{0}: Invalid value: {1}: {2}（DNS 配置不合法）',
    required: '{0}: Required value{1}（DNS 选项缺少名称）',
  },
  'pod-dns-host-aliases-invalid': {
    summary:
      'Pod 模板的每个 `hostAliases` 条目（写入 Pod 的 /etc/hosts 的行）都需要一个 IP 地址形式的 `ip`，`hostnames` 必须是 DNS 子域名（小写）。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '把地址写成 IP（`10.0.0.5`，而不是主机名），主机名使用小写。',
    invalid: '{0}: Invalid value: {1}: {2}（hostAliases 条目不合法）',
  },
  'pod-dns-policy-invalid': {
    summary:
      'Pod 模板的 `dnsPolicy` 必须是 `ClusterFirst`（默认值）、`ClusterFirstWithHostNet`、`Default` 或 `None`，大小写必须完全一致；`None` 需要一个至少包含一个 nameserver 的 `dnsConfig`。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '修正拼写；使用 `dnsPolicy: None` 时添加 `dnsConfig: {nameservers: [<IP>]}`。删除该字段即可继续使用集群 DNS。',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的 DNS 策略）',
    required: '{0}: Required value{1}（dnsPolicy 为 None 时必须提供 DNS 配置）',
    'fix.spelling': '改为 {0}',
  },
  'pod-priority-class-name-invalid': {
    summary:
      'Pod 模板的 `priorityClassName` 必须是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`），因为所有 PriorityClass 的名称都是如此。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '使用 `kubectl get priorityclasses` 列出的 PriorityClass 的准确名称（例如 `system-cluster-critical`）。',
    invalid: '{0}: Invalid value: {1}: {2}（PriorityClass 名称不合法）',
  },
  'pod-service-account-name-invalid': {
    summary:
      'Pod 模板的 `serviceAccountName` 必须是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`），因为所有 ServiceAccount 的名称都是如此。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '使用 `kubectl get serviceaccounts` 列出的 ServiceAccount 的准确名称（小写，用 `-` 代替 `_`）。',
    invalid: '{0}: Invalid value: {1}: {2}（ServiceAccount 名称不合法）',
  },
  'pod-toleration-invalid': {
    summary:
      'Pod 容忍度：`operator` 为 `Equal`（默认值）或 `Exists`，`Exists` 不能带 `value`；`key` 为空时必须使用 `operator: Exists`（容忍所有污点）；`effect` 为 `NoSchedule`、`PreferNoSchedule` 或 `NoExecute`，设置 `tolerationSeconds` 时必须是 `NoExecute`；键和值遵循标签语法。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '删除 `Exists` 容忍度中的 `value`，为没有键的容忍度加上 `operator: Exists`，准确拼写 effect，并且只在 `effect: NoExecute` 时使用 `tolerationSeconds`。',
    invalid: '{0}: Invalid value: {1}: {2}（容忍度不合法）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的取值）',
    'fix.spelling': '改为 {0}',
  },
  'pod-topology-spread-invalid': {
    summary:
      '每个拓扑分布约束都需要大于零的 `maxSkew`、符合标签键语法的 `topologyKey`，以及取值为 `DoNotSchedule` 或 `ScheduleAnyway` 的 `whenUnsatisfiable`；任意两个约束的 `topologyKey` 与 `whenUnsatisfiable` 组合不能相同；`minDomains` 必须为正数，且只能与 `DoNotSchedule` 一起使用。（其 `labelSelector` 由 selector-invalid 检查。）大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '设置 `maxSkew: 1`，用节点标签作为 `topologyKey`（`topology.kubernetes.io/zone`、`kubernetes.io/hostname`），`whenUnsatisfiable` 设为 `DoNotSchedule` 或 `ScheduleAnyway`；合并重复的约束。',
    invalid: '{0}: Invalid value: {1}: {2}（拓扑分布约束不合法）',
    required: '{0}: Required value{1}（缺少 topologyKey）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的取值）',
    duplicate: '{0}: Duplicate value: {1}（后面的约束与此约束重复）',
    'fix.spelling': '改为 {0}',
  },
  'pod-volume-items-invalid': {
    summary:
      'Secret 或 ConfigMap 卷（包括投射卷中的）的每个 `items` 条目都需要 `key` 和 `path`；downward API 文件需要 `path`，并且恰好需要 `fieldRef`（`metadata.name`、`metadata.namespace`、`metadata.uid`、`metadata.labels`、`metadata.annotations`，或以 `metadata.labels[\'key\']` 形式引用单个标签或注解）和 `resourceFieldRef` 之一。路径必须是相对路径，不能包含 `..` 路径段，也不能以 `..` 开头。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '写明要投射的键，并给出相对文件名，例如 `tls.crt` 或 `conf/app.properties`；目录请用 `volumeMounts[].mountPath` 设置。',
    invalid: '{0}: Invalid value: {1}: {2}（文件路径不合法）',
    required: '{0}: Required value{1}（缺少 key、path 或数据来源）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（卷中不能投射这个字段）',
  },
  'pod-volume-mode-invalid': {
    summary:
      'Secret、ConfigMap、downward API 和投射卷的文件权限（`defaultMode`、`items[].mode`）必须在 0 到 0777（511）之间。Kubernetes 使用的 YAML 1.1 会把 `0644` 读作八进制（420），却把 `644` 读作十进制数 644，超出范围。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '用带前导 0 的八进制写权限（`defaultMode: 0644`，私钥用 `0400`），或写成对应的十进制值（`420`）。JSON 没有八进制，请使用十进制值。',
    invalid: '{0}: Invalid value: {1}: {2}（文件权限超出范围）',
    decimal:
      '{0}: Invalid value: {1}: must be a number between 0 and 0777 (octal), both inclusive（YAML 把 {1} 读作十进制数，请写成 {2}：YAML 1.1 会把带前导 0 的数读作八进制）',
    'fix.octal': '改写为 {0}（八进制）',
  },
  'pod-volume-name-invalid': {
    summary:
      '`spec.template.spec.volumes` 中的每个卷都需要一个符合 DNS-1123 标签规范的 `name`（最多 63 个小写字母、数字和 `-`）。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。apiserver 校验的是一份先为每个卷申领模板加入一个卷的模板副本，因此它打印的路径也把这些卷计算在内。',
    remediation: '给卷起一个简短的小写名称，例如 `config` 或 `tls-certs`，并在引用它的 `volumeMounts` 中使用相同的名称。',
    invalid: '{0}: Invalid value: {1}: {2}（卷名称不合法）',
    required: '{0}: Required value{1}（卷缺少名称）',
  },
  'pod-volume-object-name-invalid': {
    summary:
      '卷引用的 Secret、ConfigMap 或 PersistentVolumeClaim 名称不可能存在：这些对象的名称都是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`，最多 253 个字符）。apiserver 会接受该 StatefulSet，但这个对象永远不会存在，因此每个 Pod 都会一直等待该卷（`FailedMount`，申领则一直 Pending）。',
    remediation: '使用对象的准确名称（`kubectl get secret,configmap,pvc`）：小写，用 `-` 代替 `_`。',
    message: '{0}: {1} 不可能是 {2} 的名称：{3}；Pod 会一直等待这个卷',
  },
  'pod-volume-source-invalid': {
    summary:
      'Pod 模板的每个卷都必须恰好有一个来源（`emptyDir`、`configMap`、`secret`、`persistentVolumeClaim` 等；只写 `emptyDir:` 而不跟任何内容不算来源，应写 `emptyDir: {}`），并且该来源要写明它引用的对象（`secret.secretName`、`configMap.name`、`persistentVolumeClaim.claimName`、`hostPath.path`）；`hostPath.type` 必须是受支持的类型，`emptyDir.sizeLimit` 不能为负数。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '每个卷只保留一个来源（两个都需要时拆成两个卷），用 `emptyDir: {}` 代替 `emptyDir:`，并填写 Secret、ConfigMap 或申领的名称。',
    required: '{0}: Required value{1}（卷缺少来源或来源缺少名称）',
    forbidden: '{0}: Forbidden: {1}（一个卷只能有一个来源，或 sizeLimit 为负数）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的 hostPath 类型）',
    'fix.spelling': '改为 {0}',
  },
  'selector-invalid': {
    summary:
      '标签选择算符（`spec.selector`、卷申领模板的 `spec.selector`、拓扑分布约束或 Pod（反）亲和性条件的 `labelSelector`）必须格式正确：`matchLabels` 的键和值符合标签语法；`matchExpressions` 的运算符为 `In`、`NotIn`、`Exists` 或 `DoesNotExist`（区分大小写），`In`/`NotIn` 需要 `values`，`Exists`/`DoesNotExist` 不能有 `values`。否则 apiserver 会拒绝该 StatefulSet；格式错误的 `spec.selector` 根本不会与模板标签比较。',
    remediation: '修正运算符的拼写，为 `In`/`NotIn` 条件添加 `values`，删除 `Exists`/`DoesNotExist` 条件中的 `values`，并使用合法的标签键和值。',
    invalid: '{0}: Invalid value: {1}: {2}（选择算符格式错误）',
    required: '{0}: Required value{1}（选择算符缺少 values）',
    forbidden: '{0}: Forbidden: {1}（选择算符不能有 values）',
    'fix.spelling': '改为 {0}',
  },
  'vct-access-modes-invalid': {
    summary:
      '卷申领模板的 `spec.accessModes` 只能包含 `ReadWriteOnce`、`ReadOnlyMany`、`ReadWriteMany` 和 `ReadWriteOncePod`（区分大小写），且 `ReadWriteOncePod` 只能单独使用。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败，因此没有任何 Pod 能启动。',
    remediation: '准确拼写访问模式（只被一个节点使用的磁盘用 `ReadWriteOnce`）；需要单个 Pod 独占卷时，只保留 `ReadWriteOncePod`。',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的访问模式）',
    forbidden: '{0}: Forbidden: {1}（ReadWriteOncePod 不能与其他访问模式同时使用）',
    'fix.spelling': '改为 {0}',
  },
  'vct-data-source-invalid': {
    summary:
      '卷申领模板的 `dataSource` 和 `dataSourceRef` 需要 `kind` 和 `name`；没有 `apiGroup` 时 kind 必须是 `PersistentVolumeClaim`（`VolumeSnapshot` 需要 `apiGroup: snapshot.storage.k8s.io`）；`apiGroup` 必须是 DNS 子域名；两者都设置时必须指向同一个对象，且设置了 `dataSourceRef.namespace` 时不能再设置 `dataSource`。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败。',
    remediation: '完整写明数据源，快照写作 `dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: <快照名>}`；除非两者内容相同，否则只保留 `dataSource` 和 `dataSourceRef` 之一。',
    invalid: '{0}: Invalid value: {1}: {2}（数据源不合法）',
    required: '{0}: Required value{1}（数据源缺少 kind 或 name）',
  },
  'vct-name-invalid': {
    summary:
      '每个卷申领模板都会成为 Pod 中的同名卷，因此卷申领模板的 `metadata.name` 必须是 DNS-1123 标签（最多 63 个小写字母、数字和 `-`）。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet（报错位置是它为该申领加入 Pod 模板的卷）；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '把卷申领模板改为简短的小写名称，例如 `data`，并同时修改使用它的 `volumeMounts`。卷申领模板创建后不可修改：如果 StatefulSet 已存在，需要重新创建。',
    invalid: '{0}: Invalid value: {1}: {2}（卷申领模板名称不能用作卷名）',
  },
  'vct-storage-class-invalid': {
    summary:
      '卷申领模板的 `spec.storageClassName` 必须是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`），因为所有 StorageClass 的名称都是如此：`Premium_LRS` 会被拒绝。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败，因此没有任何 Pod 能启动。',
    remediation: '使用 `kubectl get storageclass` 列出的集群 StorageClass 的准确名称（例如 AKS 上的 `managed-csi-premium`），或者对没有存储类的预置卷使用 `""`。',
    invalid: '{0}: Invalid value: {1}: {2}（StorageClass 名称不合法）',
  },
  'vct-volume-mode-invalid': {
    summary:
      '卷申领模板的 `spec.volumeMode` 必须是 `Filesystem`（默认值）或 `Block`，大小写必须完全一致。大约从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败，因此没有任何 Pod 能启动。',
    remediation: '挂载文件系统时写 `Filesystem`（或删除该字段），通过 `volumeDevices` 使用裸设备时写 `Block`。',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的卷模式）',
    'fix.spelling': '改为 {0}',
  },
};
