// Simplified Chinese for the rules of the volume claim templates (vct-*); conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const claimTemplatesZh: Translations = {
  'vct-access-modes-missing': {
    summary:
      '卷申领模板没有设置 `spec.accessModes`。PersistentVolumeClaim 至少需要一种访问模式：从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每个 PVC 都会创建失败（`spec.accessModes: Required value: at least 1 access mode is required`），因此没有任何 Pod 能启动。',
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
      '卷申领模板没有设置 `spec.resources.requests.storage`（或容量不大于零）。PersistentVolumeClaim 必须申请容量：从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每个 PVC 都会创建失败，因此没有任何 Pod 能启动。',
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
  'vct-access-modes-invalid': {
    summary:
      '卷申领模板的 `spec.accessModes` 只能包含 `ReadWriteOnce`、`ReadOnlyMany`、`ReadWriteMany` 和 `ReadWriteOncePod`（区分大小写），且 `ReadWriteOncePod` 只能单独使用。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败，因此没有任何 Pod 能启动。',
    remediation: '准确拼写访问模式（只被一个节点使用的磁盘用 `ReadWriteOnce`）；需要单个 Pod 独占卷时，只保留 `ReadWriteOncePod`。',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的访问模式）',
    forbidden: '{0}: Forbidden: {1}（ReadWriteOncePod 不能与其他访问模式同时使用）',
    'fix.spelling': '改为 {0}',
  },
  'vct-data-source-invalid': {
    summary:
      '卷申领模板的 `dataSource` 和 `dataSourceRef` 需要 `kind` 和 `name`；没有 `apiGroup` 时 kind 必须是 `PersistentVolumeClaim`（`VolumeSnapshot` 需要 `apiGroup: snapshot.storage.k8s.io`）；`apiGroup` 必须是 DNS 子域名；两者都设置时必须指向同一个对象，且设置了 `dataSourceRef.namespace` 时不能再设置 `dataSource`。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败。',
    remediation: '完整写明数据源，快照写作 `dataSource: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: <快照名>}`；除非两者内容相同，否则只保留 `dataSource` 和 `dataSourceRef` 之一。',
    invalid: '{0}: Invalid value: {1}: {2}（数据源不合法）',
    required: '{0}: Required value{1}（数据源缺少 kind 或 name）',
  },
  'vct-name-invalid': {
    summary:
      '每个卷申领模板都会成为 Pod 中的同名卷，因此卷申领模板的 `metadata.name` 必须是 DNS-1123 标签（最多 63 个小写字母、数字和 `-`）。从 v1.34 起，apiserver 会拒绝该 StatefulSet（报错位置是它为该申领加入 Pod 模板的卷）；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '把卷申领模板改为简短的小写名称，例如 `data`，并同时修改使用它的 `volumeMounts`。卷申领模板创建后不可修改：如果 StatefulSet 已存在，需要重新创建。',
    invalid: '{0}: Invalid value: {1}: {2}（卷申领模板名称不能用作卷名）',
  },
  'vct-storage-class-invalid': {
    summary:
      '卷申领模板的 `spec.storageClassName` 必须是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`），因为所有 StorageClass 的名称都是如此：`Premium_LRS` 会被拒绝。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败，因此没有任何 Pod 能启动。',
    remediation: '使用 `kubectl get storageclass` 列出的集群 StorageClass 的准确名称（例如 AKS 上的 `managed-csi-premium`），或者对没有存储类的预置卷使用 `""`。',
    invalid: '{0}: Invalid value: {1}: {2}（StorageClass 名称不合法）',
  },
  'vct-volume-mode-invalid': {
    summary:
      '卷申领模板的 `spec.volumeMode` 必须是 `Filesystem`（默认值）或 `Block`，大小写必须完全一致。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在创建每个申领时失败，因此没有任何 Pod 能启动。',
    remediation: '挂载文件系统时写 `Filesystem`（或删除该字段），通过 `volumeDevices` 使用裸设备时写 `Block`。',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的卷模式）',
    'fix.spelling': '改为 {0}',
  },
};
