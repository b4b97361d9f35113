// Simplified Chinese for en/cluster.ts. Kubernetes' own terms stay as they are (Pod, NotReady,
// Terminating, StorageClass, reclaimPolicy, tolerationSeconds, taint keys).
import type { cluster } from '../en/cluster';

export const clusterZh: Readonly<Record<keyof typeof cluster, string>> = {
  'sim.script.tooManyNodes': '{0}：{1} 个节点超出了模拟器支持的数量（最多 {2} 个）',
  'sim.script.duplicateNode': '{0}：节点 "{1}" 出现了两次：集群中的节点名称是唯一的',
  'sim.script.labels': '{0} 必须是从标签名到字符串的映射（实际为 {1}）',
  'sim.script.capacity': '{0} 必须是非负数或 500m、8Gi 这样的数量，pods 必须是整数（实际为 {1}）',
  'sim.script.zeroCapacity': '{0} 为 0：一个放不下任何 Pod 的节点无法运行该集合（不写这一项表示不限）',
  'sim.script.noNodes': '无（environment.nodes 为空：只有一个隐含节点）',
  'sim.script.unknownNode': '{0}：environment.nodes 中没有名为 "{1}" 的节点（节点：{2}）',
  'sim.script.nodeName': '{0} 必须是 environment.nodes 中的节点名称，例如 node-a（实际为 {1}）',

  'sim.pvc.boundBy': '{0} 已绑定到卷 {1}（由 StorageClass {2} 制备）',
  'sim.pvc.zoneBound': '卷 {0} 位于可用区 {1}：挂载 {2} 的每个 Pod 都只能运行在 {1} 中的节点上',
  'sim.pvc.reclaimDelete': '；它的卷 {0} 及其中的数据已被删除（reclaimPolicy: Delete）',
  'sim.pvc.reclaimRetain': '；它的卷 {0} 保留其数据（reclaimPolicy: Retain）：卷变为 Released，新的申领不会自动绑定到它',

  'sim.node.notReady': '{0} 变为 NotReady：它的 kubelet 不再上报状态，节点被加上污点 node.kubernetes.io/unreachable，其上的 Pod 对它的容忍时间为 {1} 秒',
  'sim.node.podReason': '节点 {0} 处于 NotReady',
  'sim.node.podNotReady': '{0}：它所在的节点 {1} 处于 NotReady，因此该 Pod 不再 Ready',
  'sim.node.taintEviction':
    '标记删除 Pod {0}/{1}：节点 {2} 已不可达 {3} 秒（tolerationSeconds）。没有 kubelet 能停止它，所以它一直处于 Terminating，而在它存在期间控制器不会创建替代 Pod：请强制删除它，或添加 out-of-service 污点',
  'sim.node.outOfServiceEviction': '标记删除 Pod {0}/{1}：节点 {2} 带有 out-of-service 污点',
  'sim.node.outOfServiceGc': '{0} 被 Pod 垃圾回收器强制删除：节点 {1} 处于 NotReady 且已停止服务；它的卷被立即卸离，替代 Pod 可以挂载它们',
  'sim.node.ready': '{0} 重新变为 Ready：它的 kubelet 恢复上报状态，并继续处理其上的 Pod',
  'sim.forceDelete.notTerminating': 'forceDeletePod {0}：该 Pod 当前不在终止中（强制删除用于卡在 Terminating 的 Pod，例如故障节点上的 Pod；删除运行中的 Pod 请用 deletePod）',
  'sim.forceDelete.unreachable': '{0} 已被强制删除：Pod 对象立即消失，控制器会重新创建 {0}，但节点 {1} 不可达，旧进程可能仍在那里以相同的身份和卷运行',
  'sim.forceDelete.done': '{0} 已被强制删除：Pod 对象立即消失，不等待其 kubelet',
  'sim.step.failNode': '节点 {0} 发生故障：它的 kubelet 不再上报状态',
  'sim.step.restoreNode': '节点 {0} 恢复：它的 kubelet 重新上报状态',

  'sim.drain.evicted': '{0} 已从 {1} 驱逐：干扰预算允许这样做',
  'sim.drain.terminating': '{0} 被驱逐：它体面地终止，控制器会在未被封锁的节点上重新创建它',
  'sim.drain.stalled': 'kubectl drain {0} 将永远等待：驱逐 {1} 被拒绝，而接下来不会再发生能改变这一点的事（排空会在下一个步骤之后重试）',
};
