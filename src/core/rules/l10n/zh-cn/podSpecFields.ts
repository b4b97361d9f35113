// Simplified Chinese for the pod-spec rules of security contexts, the pod OS and Windows options, resource claims, resize policies,
// mount propagation, topology-spread label keys and ephemeral volumes; conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const podSpecFieldsZh: Translations = {
  'pod-security-context-invalid': {
    summary:
      'apiserver 拒绝的 Pod 或容器 `securityContext`：`runAsUser`、`runAsGroup`、`fsGroup` 或 `supplementalGroups` 的 ID 不在 0–2147483647 范围内；`allowPrivilegeEscalation: false` 与 `privileged: true` 或添加的 `CAP_SYS_ADMIN` 同时出现；seccomp 或 AppArmor 配置的 `type` 未知，或 `type` 为 `Localhost` 却缺少 `localhostProfile`、为其他类型却设置了它；sysctl 名称格式错误或重复；`hostNetwork: true` 时使用网络命名空间的 sysctl（`net.*`），或 `hostIPC: true` 时使用 IPC 命名空间的 sysctl（`kernel.shm*`、`kernel.msg*`、`kernel.sem`、`fs.mqueue.*`）；未知的 `fsGroupChangePolicy`；以及（从 v1.33 起 ProcMountType 与 SupplementalGroupsPolicy 特性门控默认开启）`procMount` 不是 `Default`/`Unmasked`、使用 `Unmasked` 却没有设置 `hostUsers: false`，或 `supplementalGroupsPolicy` 不是 `Merge`/`Strict`。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败（`FailedCreate`）。`runAsNonRoot: true` 搭配 `runAsUser: 0` 会被接受，但 kubelet 会拒绝启动容器：报告为警告。能力（capability）名称不做检查：上游接受任意名称。',
    remediation:
      'ID 使用 0–2147483647 之间的值；特权容器不要写 `allowPrivilegeEscalation: false`（特权本身就意味着可以提权）；只在 `type: Localhost` 时设置 `localhostProfile`；sysctl 按 `net.core.somaxconn` 这样的格式命名，与宿主机共享网络或 IPC 命名空间的 Pod 不要设置这些命名空间内的 sysctl（否则会改动节点自身的设置）；`runAsNonRoot` 为 true 时使用非零用户运行。',
    invalid: '{0}: Invalid value: {1}: {2}（安全上下文取值不合法）',
    required: '{0}: Required value{1}（缺少必填字段）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的取值）',
    duplicate: '{0}: Duplicate value: {1}（sysctl 名称重复）',
    privilegedNoEscalation:
      '{0}: Invalid value: the security context (allowPrivilegeEscalation: false, privileged: true): cannot set `allowPrivilegeEscalation` to false and `privileged` to true（安全上下文同时设置了 allowPrivilegeEscalation: false 与 privileged: true：特权容器不能禁止提权）',
    sysAdminNoEscalation:
      '{0}: Invalid value: the security context (allowPrivilegeEscalation: false, capabilities.add: [CAP_SYS_ADMIN]): cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN（安全上下文同时设置了 allowPrivilegeEscalation: false 与添加 CAP_SYS_ADMIN：添加 CAP_SYS_ADMIN 时不能禁止提权）',
    'fix.spelling': '改为 {0}',
    rootWithNonRoot:
      '{0}: runAsNonRoot 为 true，但 runAsUser 为 0：apiserver 会接受，但 kubelet 会拒绝启动容器 {1}（CreateContainerConfigError: container\'s runAsUser breaks non-root policy）',
  },
  'pod-os-invalid': {
    summary:
      'Pod 的 `os.name` 为空或不是 `linux`/`windows`；`os.name: linux` 的 Pod 中出现 `windowsOptions`；或在 `os.name: windows` 时设置了 apiserver 禁止的仅限 Linux 的字段：`hostPID`、`hostIPC`、`hostUsers`、`shareProcessNamespace`，以及 Pod 或容器 `securityContext` 中的 SELinux、seccomp 与 AppArmor 配置、用户和组 ID、`fsGroup`、sysctl、capabilities、`privileged`、`allowPrivilegeEscalation`、`readOnlyRootFilesystem` 与 `procMount`。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败（`FailedCreate`）。',
    remediation: '把 `os.name` 设为 `linux` 或 `windows`，并只保留该系统的选项：Windows 用 `securityContext.windowsOptions`，Linux 用 Linux 的设置。',
    required: '{0}: Required value{1}（缺少操作系统名称）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的操作系统）',
    forbidden: '{0}: Forbidden: {1}（该操作系统的 Pod 不能设置此字段）',
    'fix.spelling': '改为 {0}',
  },
  'pod-windows-options-invalid': {
    summary:
      'apiserver 拒绝的 Pod 或容器 `securityContext.windowsOptions`：`gmsaCredentialSpecName` 不是 DNS-1123 子域名，`gmsaCredentialSpec` 为空或超过 64 KiB，`runAsUserName` 为空、含控制字符或多于一个 `\\`、域名超过 255 字节或既不是 NetBIOS 也不是 DNS 格式、用户名为空、超过 104 字节、只有点和空格或含有 `"/\\:;|=,+*?<>@[]` 之一；以及 HostProcess Pod 中容器的 `hostProcess` 与 Pod 的不同、只有部分容器是 HostProcess 容器，或 `hostNetwork` 不为 true。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败（`FailedCreate`）。',
    remediation: '在 `gmsaCredentialSpecName` 中填写 GMSACredentialSpec 对象的名称；`runAsUserName` 写成 `DOMAIN\\user` 或 `user`；HostProcess 容器在 Pod 级别设置一次 `hostProcess: true`，并设置 `hostNetwork: true`。',
    invalid: '{0}: Invalid value: {1}: {2}（Windows 选项不合法）',
  },
  'pod-resource-claims-invalid': {
    summary:
      '动态资源分配：`spec.resourceClaims` 条目缺少名称、名称不是 DNS-1123 标签或与之前的名称重复，同时设置或都未设置 `resourceClaimName` 与 `resourceClaimTemplateName`，或引用的申领、模板名称不是 DNS-1123 子域名；容器的 `resources.claims` 条目缺少名称、指向不存在的 `spec.resourceClaims` 条目、`request` 不是 DNS-1123 标签，或重复引用同一申领（及请求）。从 v1.34 起检查（DynamicResourceAllocation 特性门控默认开启）；更早的集群会丢弃这些字段。',
    remediation: '在 `spec.template.spec.resourceClaims` 下声明每个申领一次（每个 Pod 一个申领时使用 `resourceClaimTemplateName`），并在容器的 `resources.claims` 中引用它的名称。',
    invalid: '{0}: Invalid value: {1}: {2}（资源申领名称不合法）',
    required: '{0}: Required value{1}（缺少资源申领名称）',
    duplicate: '{0}: Duplicate value: {1}（资源申领重复）',
    notFound: '{0}: Not found: {1}: must be one of the names in pod.spec.resourceClaims{2}（容器引用的资源申领不存在）',
    twoSources:
      '{0}: Invalid value: the claim {1} with resourceClaimName {2} and resourceClaimTemplateName {3}: at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified（该资源申领同时设置了 resourceClaimName 与 resourceClaimTemplateName，只能设置其一）',
    noSource:
      '{0}: Invalid value: the claim {1} with neither resourceClaimName nor resourceClaimTemplateName: must specify one of: `resourceClaimName`, `resourceClaimTemplateName`（该资源申领既没有 resourceClaimName 也没有 resourceClaimTemplateName，必须设置其一）',
  },
  'pod-resize-policy-invalid': {
    summary:
      '容器的 `resizePolicy` 条目中 `resourceName` 不是 `cpu` 或 `memory`、`restartPolicy` 不是 `NotRequired` 或 `RestartContainer`，或重复同一资源（Init 容器同样检查）；以及从 v1.36 起，未设置 `restartPolicy: Always` 的 Init 容器使用 `RestartContainer`（这类容器从不调整资源，kubernetes/kubernetes#137458；边车容器可以使用）。上游对前两种情况报告的是列表本身的路径。从 v1.33 起检查（InPlacePodVerticalScaling 特性门控默认开启）；更早的集群会丢弃该字段。从 v1.34 起，apiserver 会拒绝该 StatefulSet；v1.33 则会在每次创建 Pod 时失败（`FailedCreate`）。',
    remediation: '`cpu` 和 `memory` 各最多列出一次，`restartPolicy` 设为 `NotRequired`（原地调整）或 `RestartContainer`。',
    required: '{0}: Required value{1}（缺少必填字段）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的取值）',
    duplicate: '{0}: Duplicate value: {1}（资源重复）',
    plainInitRestart:
      '{0}: Init 容器 {1} 的 resizePolicy 使用了 `RestartContainer`，但它没有 `restartPolicy: Always`：这类 Init 容器运行至结束、从不调整资源，从 v1.36 起 apiserver 拒绝在其上使用该策略（kubernetes/kubernetes#137458）',
    'fix.spelling': '改为 {0}',
  },
  'pod-mount-propagation-invalid': {
    summary:
      '`volumeMounts[].mountPropagation` 不是 `None`、`HostToContainer` 或 `Bidirectional`（区分大小写），或在未设置 `privileged: true` 的容器中使用 `Bidirectional`。上游打印的是不带下标的列表路径（`…volumeMounts.mountPropagation`），这里也一样。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败（`FailedCreate`）。',
    remediation: '需要看到宿主机之后新增的挂载时使用 `HostToContainer`；`Bidirectional` 只留给特权容器（如 CSI 驱动）。',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的挂载传播模式）',
    forbidden: '{0}: Forbidden: {1}（只有特权容器才能使用双向挂载传播）',
    'fix.spelling': '改为 {0}',
  },
  'pod-topology-spread-label-keys-invalid': {
    summary:
      '拓扑分布约束的 `matchLabelKeys` 没有配合 `labelSelector` 使用，含有不合法的标签键，或含有 `labelSelector` 已经使用的键（在 `matchLabels` 或 `matchExpressions` 中）。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败（`FailedCreate`）。',
    remediation: '添加能选中这些 Pod 的 `labelSelector`，`matchLabelKeys` 中只列出它没有使用的键（通常是 `controller-revision-hash` 或 `apps.kubernetes.io/pod-index`）。',
    invalid: '{0}: Invalid value: {1}: {2}（matchLabelKeys 中的键不合法）',
    forbidden: '{0}: Forbidden: {1}（没有 labelSelector 时不能使用 matchLabelKeys）',
  },
  'pod-ephemeral-volume-invalid': {
    summary:
      '`ephemeral` 卷缺少 `volumeClaimTemplate`，或其申领 spec 缺少每个 PersistentVolumeClaim 都需要的内容：至少一种访问模式，以及为正数的 `resources.requests.storage`。该 spec 的其余部分（访问模式取值、存储类、卷模式、数据源）由卷申领模板的规则按同一 PVC spec 检查。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败（`FailedCreate`）。',
    remediation: '为该卷提供 `ephemeral.volumeClaimTemplate.spec`，包含 `accessModes: ["ReadWriteOnce"]` 和 `resources.requests.storage`（例如 `1Gi`）。',
    invalid: '{0}: Invalid value: {1}: {2}（存储请求必须大于零）',
    required: '{0}: Required value{1}（缺少必填字段）',
  },
};
