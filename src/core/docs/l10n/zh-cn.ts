// Simplified Chinese for en.ts.
import type { hover } from './en';

export const hoverZh: Readonly<Record<keyof typeof hover, string>> = {
  'list.and': '和',

  // Hover: the field itself
  'hover.required': '必填',
  'hover.values': '取值：{0}',
  'hover.kubernetesApi': 'Kubernetes {0} API',
  'hover.kubernetesApiNearest': 'Kubernetes {0} API（检查器拥有的、最接近目标版本 {1} 的 API）',
  'hover.notInTarget': '{0} 中没有该字段；Kubernetes {1} API 中有',
  'hover.rule.readme': '规则文档',
  'hover.rule.kubernetesDocs': 'Kubernetes 文档',
  'hover.rule.fix': '修复：',

  // Hover: identity and storage
  'hover.pods.none': '没有 Pod（replicas 为 0）。',
  'hover.pods.one': 'Pod：{0}',
  'hover.pods.many': '{0} 个 Pod：{1}',
  'hover.claims': '卷申领模板 {0} 为每个 Pod 提供专属的 PVC（先于 Pod 创建，Pod 重建时保留）：{1}',
  'hover.claims.none': '卷申领模板 {0} 为每个 Pod 提供专属的 PVC，命名为 {1}。',
  'hover.serviceName.unset': '未设置 `serviceName`：Pod 没有子域名，因此也没有每个 Pod 各自的 DNS 名称。',
  'hover.serviceName.invalid': '{0} 不是有效的 Service 名称（DNS-1035 标签），因此没有任何 Service 能管控这些 Pod。',
  'hover.service.ok': '管控 Service：命名空间 {1} 中的 {0}（{2}）：是无头 Service，且其选择器能选中 Pod 模板的标签。',
  'hover.service.notQualifying': '命名空间 {1} 中的 Service {0}（{2}）不能作为管控 Service：',
  'hover.service.notHeadless': '它不是无头 Service：需要设置 `clusterIP: None`（已存在的 Service 必须重新创建才能改成无头）。',
  'hover.service.noSelector': '它没有选择器，因此选不中任何 Pod。',
  'hover.service.selectorMismatch': '它的选择器 {0} 选不中 Pod 模板的标签 {1}。',
  'hover.service.notFound': '工作区的 YAML 文件中，命名空间 {1} 里没有 Service {0}。',
  'hover.service.otherNamespace': '命名空间 {1} 中没有 Service {0}；{2} 中有一个，但管控 Service 必须与 StatefulSet 位于同一命名空间。',
  'hover.service.sameFile': '本文件',
  'hover.service.governs': 'StatefulSet {0}（{1}）的管控 Service。',
  'hover.service.governsBroken': '它目前还不满足条件：请查看该 StatefulSet 的 `serviceName` 上的悬停提示。',
  'hover.dns.title': 'Pod 的 DNS 名称，位于 {0} 下（`cluster.local` 是默认的集群域名）：',
  'hover.dns.titlePending': '有了满足条件的 Service 之后，Pod 的 DNS 名称将位于 {0} 下（`cluster.local` 是默认的集群域名）：',
  'hover.dns.ready': 'Pod 变为 Ready 之后，其名称才能被解析，除非 Service 设置了 `publishNotReadyAddresses: true`。',

  // Hover: what the controller does
  'hover.policy.waitReady': 'Running 且 Ready',
  'hover.policy.waitAvailable': 'Running、Ready 且可用（已 Ready {0} 秒，见 `minReadySeconds`）',
  'hover.policy.orderedReady':
    '`OrderedReady`：按序号升序逐个创建 Pod（先创建 {0}），每个 Pod 都要等所有序号更小的 Pod 处于 {1} 状态后才创建。缩容时先删除序号最大的 Pod，一次一个，每个都要等前一个彻底删除后才开始。只要有 Pod 未 Ready 或正在终止，所有扩缩容和滚动更新都会被阻塞。该策略创建后不可更改。',
  'hover.policy.parallel':
    '`Parallel`：所有缺少的 Pod 同时创建，缩容要移除的 Pod 也同时删除，不等待任何 Pod 变为 Ready。滚动更新仍然一次只替换一个 Pod；由于扩缩容从不等待，未 Ready 的旧版本 Pod 也会被替换，因此从有问题的版本回滚时能够自行推进。该策略创建后不可更改。',
  'hover.policy.invalid': '{0} 不是有效的策略：apiserver 只接受 `OrderedReady`（默认）或 `Parallel`。',
  'hover.update.rolling':
    '`RollingUpdate`：`spec.template` 变化时，控制器从序号最大的 Pod 开始，逐个删除并重建 Pod，每个新 Pod 处于 {0} 状态后才处理下一个。只有 `spec.template` 会产生新版本：修改副本数、更新策略、`minReadySeconds` 或保留策略都不会替换任何 Pod。',
  'hover.update.onDelete':
    '`OnDelete`：`spec.template` 变化后，控制器从不主动删除 Pod。只有当 Pod 被删除（由你手动删除，或因故障）并重建时，它才会使用新版本；扩容新增的 Pod 也会使用新版本。`status.currentRevision` 不会前进。',
  'hover.update.invalid': '{0} 不是有效的更新策略：apiserver 只接受 `RollingUpdate`（默认）或 `OnDelete`。',
  'hover.partition.zero': '分区为 0：所有 Pod 都会更新，从序号最大的开始。',
  'hover.partition.none': '分区 {0} ≥ 副本数 {1}：不会更新任何 Pod，所有 Pod 都保持当前版本（这是允许的，例如用于分阶段发布更新）。',
  'hover.partition.split.one.one': '{0} 会被更新；{1} 保持当前版本，被删除后也会按当前版本重建。',
  'hover.partition.split.one.many': '{0} 会被更新；{1} 保持当前版本，被删除后也会按当前版本重建。',
  'hover.partition.split.many.one': '{0} 会被更新；{1} 保持当前版本，被删除后也会按当前版本重建。',
  'hover.partition.split.many.many': '{0} 会被更新；{1} 保持当前版本，被删除后也会按当前版本重建。',
  'hover.partition.index': '分区按 Pod 索引计数（从 `ordinals.start`，即 {0} 起算），而不是按序号：最先被更新的最小 Pod 是 {1}。',
  'hover.partition.onDelete': '分区只对 `RollingUpdate` 生效；类型为 `OnDelete` 时，apiserver 会拒绝 `rollingUpdate` 块。',
  'hover.partition.generic':
    '索引（从 `ordinals.start` 起算）大于或等于分区值的 Pod 会被更新；其余 Pod 保持当前版本，被删除后也会按当前版本重建。',
  'hover.maxUnavailable.budget':
    '滚动更新会分批删除旧版本的 Pod，从索引最大的开始，且不会越过分区，保证同一时间最多只有 {0} 个 Pod 不可用。集合中任何位置的不可用 Pod（包括分区以下的）都会占用这个额度。',
  'hover.maxUnavailable.percent': '{1} 个副本的 {0} 是 {2}：无论上面的字段说明怎么写，控制器都会把百分比向下取整（最少为 1）。',
  'hover.maxUnavailable.ordered': '使用 `OrderedReady` 时，被删除的 Pod 会按升序逐个重建。',
  'hover.maxUnavailable.gate':
    '需要 `MaxUnavailableStatefulSet` 特性门控（1.24 起为 alpha，1.35 起为 beta 并默认开启）。特性门控关闭时，apiserver 会丢弃该字段，Pod 仍逐个替换。',
  'hover.minReady.zero': 'Pod 一旦 Ready 就算作可用。',
  'hover.minReady.ordered':
    'Pod 变为 Ready {0} 秒后才算作可用。扩容（`OrderedReady`）时，前一个 Pod 可用后才会创建下一个；滚动更新也会等每个新 Pod 可用后再替换下一个。',
  'hover.minReady.parallel':
    'Pod 变为 Ready {0} 秒后才算作可用。滚动更新会等每个新 Pod 可用后再替换下一个；扩缩容则不等待（`Parallel`）。',
  'hover.retention.whenDeleted.retain': '删除 StatefulSet 时保留其 PVC。',
  'hover.retention.whenDeleted.delete': '删除 StatefulSet 时，垃圾收集器会删除其 PVC，每个 PVC 在不再被任何 Pod 使用后删除。',
  'hover.retention.whenScaled.retain': '缩容移除的 Pod 的 PVC 会被保留，再次扩容时连同数据一起复用。',
  'hover.retention.whenScaled.delete':
    '缩容移除的 Pod 的 PVC 会在该 Pod 删除后被删除。因其他原因（更新、驱逐、手动删除）被删除的 Pod 会保留其 PVC。如果在旧 PVC 删除完成前再次扩容，会先等待它被删除，再创建一个新的空 PVC。',
  'hover.retention.claims': '该 StatefulSet 的 PVC：{0}。',
  'hover.retention.noClaims': '该 StatefulSet 没有卷申领模板，因此该策略没有作用对象。',
  'hover.retention.invalid': '{0} 必须是 `Retain`（默认）或 `Delete`；apiserver 会拒绝 {1}。',

  // Completion
  'complete.required': '必填',
  'complete.service.selects': '{0} 中的无头 Service，能选中这些 Pod',
  'complete.service.other': '{0} 中的无头 Service，选不中这些 Pod',
  'complete.claimTemplate': '卷申领模板（PVC {0}）',
  'complete.volume': 'Pod 模板中的卷',
  'complete.templateLabel': 'Pod 模板的标签',
  'complete.selectorLabel': 'spec.selector.matchLabels 中的标签',
  'complete.stsLabel': 'StatefulSet {0} 的 Pod 模板标签',
  'complete.snippet.claimTemplate': '卷申领模板：名称、ReadWriteOnce、存储请求',
  'complete.value.retain': '保留 PVC',
  'complete.value.delete': '删除 PVC',
  'complete.value.headless': '无头：没有集群 IP；DNS 直接返回被选中 Pod 的地址',
};
