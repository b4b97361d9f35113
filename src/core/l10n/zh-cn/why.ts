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
  'sim.why.settled': '每个 Pod 都与 spec 一致，没有正在进行的操作：在有变化之前，控制器无事可做。',
  'sim.why.podScheduled': '调度器把 {0} 绑定到一个通过所有过滤条件（剩余容量、nodeSelector、反亲和性、拓扑分布、卷所在的可用区）且得分最高的节点；该节点上的 kubelet 启动它。',
  'sim.why.failedScheduling':
    '没有节点通过调度器对 {0} 的过滤：消息统计了每个节点被排除的原因。Pod 保持 Pending，调度器在有变化时重试；在 OrderedReady 下，它之后的 Pod 也要等待。',
  'sim.why.nodeNotReady':
    '节点不再上报状态，节点控制器把它标记为 NotReady 并加上污点。它上面的 Pod 不再 Ready；经过 tolerationSeconds（默认 300 秒）后它们被标记为删除，但 kubelet 已失联，没有人确认它们已停止：它们一直处于 Terminating，旧 Pod 存在期间 StatefulSet 不会创建替代的 Pod。',
  'sim.why.nodeReady': '节点恢复上报：它重新变为 Ready，污点被移除，它的 kubelet 完成删除期间被标记为删除的 Pod。',
  'sim.why.evictionRefused': 'kubectl drain 请求驱逐 {0}，API 服务器拒绝了：PodDisruptionBudget 此刻不允许任何干扰（健康的 Pod 太少）。drain 会等待，并每隔几秒重试。',
  'sim.why.podEvicted': 'PodDisruptionBudget 允许再一次干扰，因此 {0} 被从正在排空的节点上驱逐。StatefulSet 以相同的名称在未被封锁的节点上重新创建它。',
  'sim.why.pvcZoneBound':
    '{0} 的卷从此固定在可用区 {1}：卷不能在可用区之间移动，所以每个挂载此声明的 Pod 都必须运行在 {1} 中的节点上。使用 WaitForFirstConsumer 时，可用区取决于为第一个 Pod 选中的节点。',
  'sim.why.terminatingEviction': '{0} 已被驱逐（kubectl drain）：驱逐遵守了 PodDisruptionBudget，Pod 正在体面地终止。',
  'sim.why.terminatingTaint': '节点失联的时间超过了 Pod 的容忍时间（tolerationSeconds，默认 300 秒）：污点驱逐控制器把它标记为删除。没有 kubelet 确认，它一直处于 Terminating。',
  'sim.why.stepFailNode':
    '节点不再响应（崩溃或网络中断）。控制平面无法判断它上面的 Pod 是否仍在运行，因此不会自行释放它们的身份：它们被标记为删除并一直处于 Terminating，直到节点恢复、有人强制删除它们，或节点被加上 out-of-service 污点。',
  'sim.why.stepRestoreNode': '节点恢复了：它的 kubelet 再次上报 Ready，并完成期间被要求的操作，例如删除被标记为删除的 Pod。',
  'sim.why.stepForceDelete':
    '强制删除会立即移除 Pod 对象，不等待 kubelet 确认容器已停止；控制器立即创建替代的 Pod。旧进程可能仍在无法访问的节点上运行；两个身份相同的 Pod 可能写入同一个卷。',
  'sim.why.stepOutOfService':
    'node.kubernetes.io/out-of-service 污点告诉 Kubernetes 该节点确已关机：它上面的 Pod 被强制删除，卷被卸离，替代的 Pod 可以在其他节点上启动。只有在节点确实已关闭时才添加它。',
  'sim.why.stepCordon': 'kubectl cordon 把节点标记为不可调度：不会有新的 Pod 调度到它上面，已在上面的 Pod 继续运行。',
  'sim.why.stepUncordon': 'kubectl uncordon 使节点重新可调度；之前无法放置的 Pod 现在可以调度到它上面。',
  'sim.why.stepDrain':
    'kubectl drain 先封锁节点，再通过 Eviction API 逐个驱逐它上面的 Pod；Eviction API 遵守 PodDisruptionBudget：预算不允许的驱逐会被拒绝并重试。控制器自己的滚动更新不受预算限制。',
};
