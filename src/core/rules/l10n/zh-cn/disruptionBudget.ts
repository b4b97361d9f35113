// Simplified Chinese for the PodDisruptionBudget rules (pdb-*); conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const disruptionBudgetZh: Translations = {
  'pdb-blocks-eviction': {
    summary:
      '如果一个 PodDisruptionBudget 选中了某个 StatefulSet 的 Pod（同一命名空间，选择算符匹配模板标签），且 `minAvailable` 不小于副本数（百分比向上取整：3 的 90% 是 3）或 `maxUnavailable: 0`（或 `0%`），它就不允许任何自愿干扰。apiserver 会接受它，但每次驱逐都会被拒绝，因此 `kubectl drain`、集群自动扩缩容的缩容和节点升级都会一直卡在该 StatefulSet 的 Pod 上。',
    remediation:
      '允许每次驱逐一个 Pod：`maxUnavailable: 1`，或把 `minAvailable` 设为副本数减一（像 etcd 或 ZooKeeper 这样基于多数派的存储有 3 个成员时保留 2 个）。单副本的 StatefulSet 无法既受保护又可被腾空：请运行更多副本，或者接受这段中断。',
    message: '{0} {1}: StatefulSet {4} 的 {3} 个 Pod 中必须有 {2} 个保持可用，因此每次自愿驱逐都会被拒绝，`kubectl drain` 会一直等待 {5}；{6}',
    suggestBoth: '请设置 maxUnavailable: 1 或 minAvailable: {0}',
    suggestMax: '请设置 maxUnavailable: 1',
    suggestSingle: '单个副本无法既受保护又可被腾空：请运行 2 个或更多副本，或者设置 maxUnavailable: 1 并接受这段中断',
    related: 'StatefulSet {0}：{1} 个副本，被该预算选中',
    'fix.allowOne': '改为 {0}，允许每次驱逐一个 Pod',
  },
  'pdb-spec-invalid': {
    summary:
      'policy/v1 的 PodDisruptionBudget 最多只能设置 `minAvailable` 和 `maxUnavailable` 中的一个，取值为不小于 0 的 Pod 数量，或 `0%` 到 `100%` 的百分比（加了引号但没有 `%` 的 `"50"` 会被拒绝）；`selector` 须符合标签选择算符的语法，`unhealthyPodEvictionPolicy` 取值为 `IfHealthyBudget` 或 `AlwaysAllow`。',
    remediation: '只保留 `minAvailable` 和 `maxUnavailable` 中的一个；整数不要加引号，百分比请写成加引号的形式，例如 `"50%"`。',
    invalid: '{0}: Invalid value: {1}: {2}（取值不合法）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不受支持的取值）',
    required: '{0}: Required value{1}（缺少必填字段）',
    forbidden: '{0}: Forbidden: {1}（不允许设置该字段）',
    'fix.spelling': '改为 {0}',
  },
};
