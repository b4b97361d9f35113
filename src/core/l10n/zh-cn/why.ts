// 时间线事件的“为什么”（面板中可展开的解释）的简体中文，键与 en/why.ts 相同。
import type { why } from '../en/why';

export const whyZh: Record<keyof typeof why, string> = {
  'sim.why.toggle': '为什么？',
  'sim.why.docs': 'Kubernetes 文档',
  'sim.why.stepStarted': '集群发生了变化（脚本或面板中的一条 kubectl 命令）：控制器在下一次同步时看到变化，再次将 Pod 与 spec 比较。',
  'sim.why.revisionCreated':
    '控制器把每个不同的 Pod 模板记录为一个 ControllerRevision，并用它的名称给每个 Pod 打标签（controller-revision-hash），因此它始终知道哪些 Pod 运行的是当前模板。',
  'sim.why.revisionReused': '模板再次与旧的修订版本相同：控制器复用那个 ControllerRevision，回滚因此保留旧名称。',
  'sim.why.pvcCreated':
    '在创建 Pod 之前，控制器为它创建 volumeClaimTemplates 中的每个声明，命名为 <模板>-<Pod>。声明属于序号而不属于某个 Pod：它只创建一次，此名称的每个 Pod 都复用它。',
  'sim.why.pvcBound': 'StorageClass 制备了一个卷并把声明绑定到它上面。现在 Pod 可以被调度；重建的 Pod 挂载同一个卷，所以数据仍在。',
  'sim.why.pvcPending':
    '没有 StorageClass 为此声明制备卷（模板未指定，集群也没有默认的），所以它一直处于 Pending；需要它的 Pod 无法被调度，OrderedReady 会一直等待它。',
  'sim.why.pvcDeleted': 'persistentVolumeClaimRetentionPolicy 为 Delete：声明归 Pod 或 StatefulSet 所有，垃圾收集器随其所有者一起删除它。默认值 Retain 会保留它。',
  'sim.why.podCreatedFirst': '控制器按序号顺序创建 Pod，从最小的开始：{0} 最先创建，并且每次创建时都使用相同的名称、主机名和声明。',
  'sim.why.podCreatedOrdered': 'OrderedReady：控制器只有在 {1} 处于 Running 且 Ready 之后才创建 {0}。',
  'sim.why.podCreatedParallel': 'Parallel：控制器创建 {0}，不等待 {1} 进入 Running 或 Ready。',
  'sim.why.podRecreated': '{0} 不存在了，所以控制器以相同的名称重建它，主机名、DNS 名称和声明都不变；只有 IP 会是新的。',
  'sim.why.podRunning': 'kubelet 启动了容器，Pod 网络为 {0} 分配了 IP。这个 IP 只属于 Pod 的这一次实例：重建的 Pod 会得到新的 IP，所以客户端使用 DNS 名称。',
  'sim.why.podReady':
    '就绪探针通过了（没有就绪探针的容器一运行就是 Ready）。OrderedReady 在处理下一个 Pod 之前等待的就是 Ready，Pod 也因 Ready 而在 DNS 中发布。',
  'sim.why.podNotReady': '就绪探针失败：Pod 从 Service 的 DNS 应答中移除，OrderedReady 暂停所有创建、删除和更新，直到它再次 Ready。',
  'sim.why.podAvailable': 'Pod 已经 Ready 了 minReadySeconds：直到此时控制器才把它算作可用，并继续处理下一个序号。',
  'sim.why.podFailed': 'Pod 失败了（被驱逐，或其容器退出）：控制器删除它，并以相同的身份重新创建。',
  'sim.why.terminatingController':
    '控制器在缩容时（从最大序号开始，OrderedReady 下一次一个）以及滚动更新替换 Pod 时（同样从最大序号开始）自己删除 Pod。',
  'sim.why.terminatingUser': '你删除了 {0}。StatefulSet 仍然需要它，所以旧 Pod 消失后，控制器会以相同的名称再次创建它。',
  'sim.why.terminatingGc': 'StatefulSet 被删除了：垃圾收集器删除它拥有的 Pod，同时进行且没有特定顺序。要按顺序停止它们，请先缩容到 0。',
  'sim.why.podDeleted': '{0} 已消失。它的声明仍然保留（除非保留策略为 Delete）：以后以此名称创建的 Pod 会挂载同样的卷。',
  'sim.why.dnsAdded': 'Pod 已 Ready 且被无头 Service 选中，因此集群 DNS 用 Pod 当前的 IP 应答 {0}：为 IP 会变化的 Pod 提供一个稳定的名称。',
  'sim.why.dnsRemoved': 'Pod 未 Ready 或已消失：DNS 不再应答这个名称，直到同名的 Pod 再次 Ready。',
  'sim.why.blockedWaiting':
    'OrderedReady：控制器一次处理一个 Pod，只要前面的某个 Pod 不是 Running 且 Ready（或正在终止），就不会继续。它在下一次同步时再试。',
  'sim.why.blockedForbidden': 'API 服务器拒绝了这个更改：StatefulSet 创建后其 spec 的大部分字段不能更新（只有 replicas、template、updateStrategy 等少数字段可以）。',
  'sim.why.blockedNotFound': '这一步指定的 Pod 此刻不存在，因此它没有改变任何东西。',
  'sim.why.statusUpdated': '控制器把它统计的结果写入 .status（replicas、readyReplicas、currentRevision 等）：也就是 kubectl get statefulset 显示的内容。',
  'sim.why.podScheduled': '调度器找到了一个通过所有过滤条件（资源、节点选择器、亲和性、拓扑分布、卷所在可用区）的节点，并把 {0} 绑定到该节点；由那里的 kubelet 启动它。',
  'sim.why.failedScheduling': '没有节点能通过调度器的过滤条件，因此 {0} 一直处于 Pending；消息按原因统计节点数。集群发生变化时（有 Pod 离开、节点恢复），调度器会重试。',
  'sim.why.nodeNotReady': '该节点不再上报状态：其上的 Pod 不再 Ready，并在 tolerationSeconds（默认 300 秒）之后被标记删除。没有 kubelet，它们会一直处于 Terminating，而控制器绝不会同时运行同一身份的两个 Pod。',
  'sim.why.nodeReady': '该节点重新上报状态：它的 kubelet 继续完成手头的工作，包括删除已被标记删除的 Pod。',
  'sim.why.evictionRefused': '驱逐会先询问 PodDisruptionBudget：这次驱逐会使健康 Pod 少于预算要求，因此 apiserver 拒绝了它（429），kubectl drain 每 5 秒重试一次。',
  'sim.why.podEvicted': 'PodDisruptionBudget 还允许一次干扰，因此驱逐体面地删除了 {0}；StatefulSet 会在未被封锁的节点上重新创建它。',
  'sim.why.pvcZoneBound': '卷只存在于一个可用区：从现在起，挂载 {0} 的每个 Pod 都只能被调度到该可用区的节点上。',
  'sim.why.terminatingEviction': '{0} 已被驱逐（kubectl drain）：驱逐遵守了 PodDisruptionBudget，Pod 正在体面地终止。',
  'sim.why.terminatingTaint': '节点带有该 Pod 不再容忍的 NoExecute 污点：污点驱逐控制器把它标记为删除。',
  'sim.why.settled': '每个 Pod 都与 spec 一致，没有正在进行的操作：在有变化之前，控制器无事可做。',
};
