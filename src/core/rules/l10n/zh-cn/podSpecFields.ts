// Simplified Chinese for the pod-spec rules of security contexts, resource claims, resize policies,
// mount propagation, topology-spread label keys and ephemeral volumes; conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const podSpecFieldsZh: Translations = {
  'pod-security-context-invalid': {
    summary:
      'apiserver 拒绝的 Pod 或容器 `securityContext`：`runAsUser`、`runAsGroup`、`fsGroup` 或 `supplementalGroups` 的 ID 不在 0–2147483647 范围内；`allowPrivilegeEscalation: false` 与 `privileged: true` 或添加的 `CAP_SYS_ADMIN` 同时出现；seccomp 或 AppArmor 配置的 `type` 未知，或 `type` 为 `Localhost` 却缺少 `localhostProfile`、为其他类型却设置了它；sysctl 名称格式错误或重复；未知的 `fsGroupChangePolicy`；以及（从 v1.33 起 ProcMountType 特性门控默认开启）`procMount` 不是 `Default`/`Unmasked`，或使用 `Unmasked` 却没有设置 `hostUsers: false`。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败（`FailedCreate`）。`runAsNonRoot: true` 搭配 `runAsUser: 0` 会被接受，但 kubelet 会拒绝启动容器：报告为警告。能力（capability）名称不做检查：上游接受任意名称。',
    remediation:
      'ID 使用 0–2147483647 之间的值；特权容器不要写 `allowPrivilegeEscalation: false`（特权本身就意味着可以提权）；只在 `type: Localhost` 时设置 `localhostProfile`；sysctl 按 `net.core.somaxconn` 这样的格式命名；`runAsNonRoot` 为 true 时使用非零用户运行。',
    invalid: '{0}: Invalid value: {1}: {2}（安全上下文取值不合法）',
    required: '{0}: Required value{1}（缺少必填字段）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的取值）',
    duplicate: '{0}: Duplicate value: {1}（sysctl 名称重复）',
    privilegedNoEscalation: '{0}: Invalid value: securityContext: cannot set `allowPrivilegeEscalation` to false and `privileged` to true（特权容器不能禁止提权）',
    sysAdminNoEscalation: '{0}: Invalid value: securityContext: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN（添加 CAP_SYS_ADMIN 时不能禁止提权）',
    rootWithNonRoot:
      '{0}: runAsNonRoot 为 true，但 runAsUser 为 0：apiserver 会接受，但 kubelet 会拒绝启动容器 {1}（CreateContainerConfigError: container\'s runAsUser breaks non-root policy）',
  },
};
