// Simplified Chinese for en/change.ts. Kubernetes names (RollingUpdate, OnDelete, minReadySeconds,
// partition, replicas) stay as written, as users search for them.
import type { change } from '../en/change';

export const changeZh: Readonly<Record<keyof typeof change, string>> = {
  'change.list.two': '{0} 和 {1}',
  'change.list.more': '{0}、{1}',
  'change.separator': '；',
  'change.none': '没有变化',
  'change.noRestart': '没有 Pod 重启（Pod 模板没有变化）',
  'change.template': '模板已修改（{0}）',
  'change.image': '镜像 {0} → {1}',
  'change.fields': '{0}',
  'change.rolling': 'RollingUpdate 逐个替换 {0}，每个都要等到 Ready',
  'change.rollingMinReady': 'RollingUpdate 逐个替换 {0}，每个都要等到 Ready 再加 minReadySeconds {1} 秒',
  'change.stay': '{0} 保持不变',
  'change.stayPartition': '{0} 保持不变（partition {1}）',
  'change.noneReplaced': '没有 Pod 会被替换（partition {0}）',
  'change.onDelete': 'OnDelete：在删除某个 Pod 之前，Pod 不会有任何变化（被删除的 Pod 会以修订版本 {0} 重建）',
  'change.scaleUp': 'replicas {0} → {1}：创建 {2}',
  'change.scaleUpClaims': 'replicas {0} → {1}：创建 {2} 以及申领 {3}',
  'change.scaleDown': 'replicas {0} → {1}：删除 {2}',
  'change.notSimulated': '未模拟：{0}',
};
