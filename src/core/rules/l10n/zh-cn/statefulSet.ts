// Simplified Chinese for the rules of the StatefulSet itself (sts-*) and the schema check (k8s-schema); conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const statefulSetZh: Translations = {
  'k8s-schema': {
    schema: '{0}',
    summary: '某个字段不在 Kubernetes API 模式（schema）中、类型错误、取值不在允许范围内，或者缺少必填字段。API 服务器会拒绝这样的清单（`kubectl apply` 默认启用严格的字段校验）。',
    remediation:
      '修正未知字段的拼写或缩进（放错层级的字段在该层级就是未知字段），给必须是字符串的值加上引号（例如 "true" 或 "1.0" 这样的标签值），并使用受支持的取值之一。可以用 `kubectl explain <kind>.<field>` 查看模式定义。',
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
      'StatefulSet 的 `maxUnavailable` 受 `MaxUnavailableStatefulSet` 特性门控（feature gate）控制：自 v1.24 起为 alpha 且默认关闭，仅在 v1.35.0–v1.35.3 中为 beta 且默认开启，自 v1.35.4 起以及在 v1.36 中再次默认关闭。门控关闭时，apiserver 会静默丢弃该字段（`dropStatefulSetDisabledFields`），Pod 将逐个更新。',
    remediation: '请确认集群的版本和特性门控：除非集群启用了 `MaxUnavailableStatefulSet`（或运行 v1.35.0–v1.35.3），否则 Pod 会一次只更新一个；也可以删除该字段。',
    droppedOnTarget: '{0} {1} 在 Kubernetes {2} 上会被静默丢弃：该版本的 MaxUnavailableStatefulSet 特性门控默认关闭，除非集群启用该门控，否则 Pod 将逐个更新',
    droppedFromPatch:
      '{0} {1} 在 Kubernetes {2}（自 v1.35.4 起）上会被静默丢弃：MaxUnavailableStatefulSet 特性门控再次默认关闭（仅在 v1.35.0–v1.35.3 中默认开启），除非集群启用该门控，否则 Pod 将逐个更新',
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
      '`spec.serviceName` 会成为每个 Pod 的 `subdomain`，因此必须是 DNS-1123 标签。从 v1.33 起 apiserver 会直接拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate ... spec.subdomain: Invalid value`）。',
    remediation: '将 `spec.serviceName` 设为管理该 StatefulSet 的无头 Service（headless Service）的名称（小写字母、数字和 `-`，最多 63 个字符）。',
    message: 'spec.serviceName: Invalid value: {0}: {1}（spec.serviceName 会成为每个 Pod 的 subdomain，必须是 DNS-1123 标签）',
  },
  'sts-service-name-missing': {
    summary:
      '`spec.serviceName` 指定一个无头 Service（headless Service），由它为每个 Pod 提供稳定的 DNS 名称（`web-0.nginx.default.svc.cluster.local`）。从 v1.33 起该字段是可选的（kubernetes/kubernetes#130233；更早版本的 API schema 要求必填，因此以这些版本为目标时报告为错误），但不设置它，Pod 就没有 `subdomain`，也没有逐个 Pod 的 DNS 记录。',
    remediation: '创建一个选中这些 Pod 的无头 Service（`clusterIP: None`），并将 `spec.serviceName` 设为它的名称。',
    message: 'spec.serviceName {0}：Pod 没有 subdomain，因此不会有 "<pod>.<service>" 这样的逐个 Pod 的 DNS 名称',
    requiredBefore: 'spec.serviceName {0}：Kubernetes {1} 的 API schema 要求必填（v1.33 起才可选），因此 Helm、kubeconform 和 kubectl 的客户端校验会拒绝该 StatefulSet；Pod 也不会有 subdomain',
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
    'fix.revert': '恢复为已提交的值',
  },
  'sts-update-strategy-invalid': {
    summary:
      '`spec.updateStrategy.type` 必须是 `RollingUpdate`（省略时的默认值）或 `OnDelete`，拼写须完全一致；否则 apiserver 会拒绝该 StatefulSet（它会把整个 `spec.updateStrategy` 报告为无效值）。',
    remediation: '写 `type: RollingUpdate`（或省略 `type`）以自动滚动更新，或写 `type: OnDelete`，仅在你手动删除 Pod 时才替换它们。',
    message: "spec.updateStrategy.type: Invalid value: {0}: must be 'RollingUpdate' or 'OnDelete'（只能是 RollingUpdate 或 OnDelete，区分大小写）",
  },
};
