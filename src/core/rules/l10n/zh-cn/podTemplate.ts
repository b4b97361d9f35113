// Simplified Chinese for the rules of the pod template: containers, volumes, labels and selectors, pod-level fields (pod-*, label-*, selector-*); conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const podTemplateZh: Translations = {
  'pod-container-image-missing': {
    summary:
      'Pod 模板中的每个容器和 Init 容器都需要设置 `image`。从 v1.34 起，apiserver 会直接拒绝该 StatefulSet；更早的集群（v1.33 及以前）会接受它，但之后每次创建 Pod 都会失败，报错 `FailedCreate ... image: Required value`。',
    remediation: '为容器设置 `image`，最好使用固定的标签或摘要（如 `registry.k8s.io/nginx-slim:0.24`）。',
    message: '{0}: Required value（容器未设置镜像）',
    messageNamed: '{0}: Required value（容器 "{1}" 未设置镜像）',
  },
  'pod-container-name-duplicate': {
    summary: 'Pod 模板中 `containers` 和 `initContainers` 的容器名称必须互不相同。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '重命名其中一个容器（例如把 Init 容器改名为 `init-nginx`）。',
    message: '{0}: Duplicate value: {1}（与 {2} 重名）',
  },
  'pod-container-name-invalid': {
    summary:
      '每个容器和 Init 容器都需要一个符合 DNS-1123 标签规范的 `name`（最多 63 个字符，只能是小写字母、数字和 `-`）。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '给容器起一个简短的小写名称，例如 `nginx` 或 `init-config`。',
    required: '{0}: Required value（容器缺少名称）',
    invalid: '{0}: Invalid value: {1}: {2}（容器名称不合法）',
  },
  'pod-containers-missing': {
    summary:
      'Pod 模板的 `spec.template.spec.containers` 中至少需要一个容器。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。',
    remediation: '在 `spec.template.spec.containers` 下添加一个带 `name` 和 `image` 的容器。',
    noTemplate: 'spec.template: Required value: StatefulSet 需要一个包含容器的 Pod 模板',
    noContainers: 'spec.template.spec.containers: Required value（Pod 模板中没有容器）',
  },
  'pod-volume-mount-not-found': {
    summary:
      '容器或 Init 容器的每个 `volumeMounts[].name` 都必须指向 Pod 的某个卷：`spec.template.spec.volumes` 中的条目，或 `spec.volumeClaimTemplates` 中的条目（每个卷申领模板都会成为同名的卷）。从 v1.34 起，apiserver 会拒绝该 StatefulSet（`Not found: "data"`）；更早的集群则会在每次创建 Pod 时报同样的错误。',
    remediation: '修正 `volumeMounts` 中的名称，或补上缺失的卷或卷申领模板。',
    message: '{0}: Not found: {1}；现有的卷和卷申领模板：{2}',
    messageNoVolumes: '{0}: Not found: {1}；该 Pod 没有任何卷或卷申领模板',
    'fix.addClaimTemplate': '添加 volumeClaimTemplate {0}',
  },
  'pod-volume-name-duplicate': {
    summary:
      '`spec.template.spec.volumes` 中的卷名称必须唯一。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。（与某个 `volumeClaimTemplates` 条目同名的卷会被该申领替换，因此不计在内。）',
    remediation: '重命名或合并重复的卷，并同步修改引用它的 `volumeMounts`。',
    message: '{0}: Duplicate value: {1}（与 spec.template.spec.volumes[{2}].name 重复）',
  },
  'pod-env-invalid': {
    summary:
      '容器的 `env` 或 `envFrom` 条目被 apiserver 拒绝：缺少名称或名称含有 `=` 或不可打印字符；同时设置了 `value` 和 `valueFrom`；`valueFrom` 没有来源或有两个来源；`fieldRef.fieldPath` 不是 downward API 为环境变量提供的字段（`metadata.name`、`metadata.namespace`、`metadata.uid`、`spec.nodeName`、`spec.serviceAccountName`、`status.hostIP(s)`、`status.podIP(s)`、`metadata.labels[…]`、`metadata.annotations[…]`）；`resourceFieldRef.resource` 不是 `limits.`/`requests.` 加 `cpu`、`memory`、`ephemeral-storage` 或 `hugepages-*`；`resourceFieldRef.divisor` 对 cpu 不是 `1m`/`1`，对内存、临时存储和大页不是写作 `1k`…`1E`、`1Ki`…`1Ei`（或 `1`）的 1000 或 1024 的幂；键选择器缺少合法的 `key`；或 `envFrom` 条目没有恰好一个 `configMapRef` 或 `secretRef`，或其名称不是 DNS-1123 子域名。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。只有 v1.32 之前的集群才拒绝的名称（以数字开头、含空格或 `:`；RelaxedEnvironmentVariableValidation 特性门控）在目标为这些版本时报告为错误，否则报告为警告；`resourceFieldRef.containerName` 指向 Pod 中不存在的容器时也报告为警告：apiserver 会接受它，但 kubelet 无法解析。',
    remediation:
      '只保留 `value` 或 `valueFrom` 之一，`valueFrom` 只写一个来源，使用受支持的 `fieldPath`（`status.podIP`，而不是 `status.podIp`），变量名只用字母、数字、`_`、`-` 和 `.`。',
    required: '{0}: Required value（缺少必填字段）',
    invalid: '{0}: Invalid value: {1}: {2}',
    strictName: '{0}: Invalid value: {1}: {2}（v1.32 之前的集群未启用 RelaxedEnvironmentVariableValidation 特性，会拒绝该名称）',
    noSource: '{0}: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`（valueFrom 必须指定一个来源）',
    withValue: '{0}: Invalid value: "": may not be specified when `value` is not empty（不能同时设置 value 和 valueFrom）',
    twoSources: '{0}: Invalid value: "": may not have more than one field specified at a time（只能指定一个来源）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不受支持的取值）',
    noEnvFromSource: '{0}: Invalid value: "": must specify one of: `configMapRef` or `secretRef`（envFrom 条目必须指定 configMapRef 或 secretRef 之一）',
    containerNotFound: '{0}: 找不到容器 {1}：kubelet 无法解析该变量，容器永远不会启动（CreateContainerConfigError）',
  },
  'pod-mount-invalid': {
    summary:
      '容器的 `volumeMounts` 或 `volumeDevices` 条目被 apiserver 拒绝：缺少 `name`；缺少 `mountPath`（或 `devicePath`）；同一容器中路径重复；`subPath` 或 `subPathExpr` 是绝对路径或含有 `..`；同时设置了 `subPath` 和 `subPathExpr`；设备引用的既不是卷申领模板也不是 PVC 卷；或同一个卷既被挂载又被用作设备。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。（挂载引用不存在的卷由 `pod-volume-mount-not-found` 报告。）',
    remediation: '为每个挂载设置名称和独立的路径，`subPath` 写成相对于卷的路径且不含 `..`，`subPath` 和 `subPathExpr` 只保留一个，块设备只用于卷申领模板。',
    required: '{0}: Required value（缺少必填字段）',
    invalid: '{0}: Invalid value: {1}: {2}',
    notFound: '{0}: Not found: {1}（没有同名的卷或卷申领模板）',
  },
  'pod-port-invalid': {
    summary:
      'Pod 模板中某个容器端口被 apiserver 拒绝：`name` 不是 IANA 服务名（最多 15 个小写字母、数字和 `-`，至少一个字母，不能有 `--`，首尾不能是 `-`）；同一容器中端口名重复；`containerPort` 缺失或不在 1–65535 之间；`hostPort` 不在 1–65535 之间，或被多个容器重复占用（协议和 `hostIP` 相同）；设置 `hostNetwork: true` 时 `hostPort` 与 `containerPort` 不同；或 `protocol` 不是 `TCP`、`UDP`、`SCTP`。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。',
    remediation: '缩短端口名（`kafka-controller` → `controller`），同一容器内端口名保持唯一，使用范围内的端口号，协议用大写。',
    name: '{0}: Invalid value: {1}: {2}（端口名不是合法的 IANA 服务名）',
    duplicate: '{0}: Duplicate value: {1}（端口名或主机端口重复）',
    required: '{0}: Required value（缺少 containerPort）',
    range: '{0}: Invalid value: {1}: must be between 1 and 65535, inclusive（端口号超出范围）',
    protocol: '{0}: Unsupported value: {1}: supported values: "SCTP", "TCP", "UDP"（不受支持的协议）',
    hostNetwork: '{0}: Invalid value: {1}: must match `containerPort` when `hostNetwork` is true（使用主机网络时 hostPort 必须等于 containerPort）',
    'fix.protocol': '把协议改为 {0}',
  },
  'pod-probe-invalid': {
    summary:
      '探针或生命周期钩子被 apiserver 拒绝：没有处理器或有多个处理器（`exec`、`httpGet`、`tcpSocket`、`grpc`；钩子用 `sleep` 代替 `grpc`）；`exec` 没有 `command`；端口既不是 1–65535 也不是 IANA 端口名；`scheme` 不是 `HTTP`/`HTTPS`；时间参数为负；存活探针或启动探针的 `successThreshold` 不是 1；就绪探针设置了 `terminationGracePeriodSeconds`；钩子的 sleep 时长超过 Pod 的 `terminationGracePeriodSeconds`（默认 30）；或者不是边车（`restartPolicy: Always`）的 Init 容器设置了探针或钩子。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。',
    remediation: '每个探针或钩子只保留一个处理器，存活探针和启动探针使用 `successThreshold: 1`，把探针从普通 Init 容器上移走（或用 `restartPolicy: Always` 把该 Init 容器变成边车）。',
    initForbidden: '{0}: Forbidden: may not be set for init containers without restartPolicy=Always（普通 Init 容器不能设置探针或生命周期钩子）',
    secondHandler: '{0}: Forbidden: may not specify more than 1 handler type（只能指定一个处理器）',
    noHandler: '{0}: Required value: must specify a handler type（必须指定一个处理器）',
    required: '{0}: Required value（缺少必填字段）',
    negative: '{0}: Invalid value: {1}: must be greater than or equal to 0（不能为负数）',
    notOne: '{0}: Invalid value: {1}: must be 1（存活探针和启动探针的 successThreshold 必须为 1）',
    readinessGrace: '{0}: Invalid value: {1}: must not be set for readinessProbes（就绪探针不能设置该字段）',
    gracePositive: '{0}: Invalid value: {1}: must be greater than 0（必须大于 0）',
    port: '{0}: Invalid value: {1}: {2}（端口不合法）',
    scheme: '{0}: Unsupported value: {1}: supported values: "HTTP", "HTTPS"（不受支持的 scheme）',
    sleep: '{0}: Invalid value: {1}: must be non-negative and less than terminationGracePeriodSeconds ({2})（sleep 时长不能为负，也不能超过 Pod 的优雅终止时长）',
    sleepPositive: '{0}: Invalid value: {1}: must be greater than 0 and less than terminationGracePeriodSeconds ({2})（v1.33 之前 sleep 时长必须大于 0，也不能超过 Pod 的优雅终止时长）',
    'fix.successThreshold': '把 successThreshold 设为 1',
    'fix.scheme': '把 scheme 改为 {0}',
  },
  'pod-resources-invalid': {
    summary:
      '容器的 `resources` 被 apiserver 拒绝：请求量大于上限；数量为负；不带域名的资源名不是 `cpu`、`memory`、`ephemeral-storage` 或 `hugepages-<大小>`；扩展资源（如 `nvidia.com/gpu`）或大页只有请求没有上限，或请求与上限不相等；扩展资源数量不是整数；或使用大页却没有 cpu 或 memory。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群会接受它，但之后每次创建 Pod 都会失败（`FailedCreate`）。数量按原文显示；apiserver 会以规范形式显示（`0.5` 显示为 `500m`）。',
    remediation: '把请求量降到不超过上限（或提高上限），为扩展资源设置与请求相等的上限，并按 Kubernetes 的拼写书写资源名（`memory`，而不是 `mem`）。',
    name: '{0}: Invalid value: {1}: {2}（资源名不合法）',
    negative: '{0}: Invalid value: {1}: must be greater than or equal to 0（数量不能为负）',
    notInteger: '{0}: Invalid value: {1}: must be an integer（扩展资源必须是整数）',
    aboveLimit: '{0}: Invalid value: {1}: must be less than or equal to {2} limit of {3}（请求量大于上限）',
    notEqual: '{0}: Invalid value: {1}: must be equal to {2} limit of {3}（该资源不允许超额分配，请求必须等于上限）',
    limitRequired: '{0}: Required value: Limit must be set for non overcommitable resources（不可超额分配的资源必须设置上限）',
    hugePages: '{0}: Forbidden: HugePages require cpu or memory（使用大页时必须同时设置 cpu 或 memory）',
  },
  'label-invalid': {
    summary:
      '标签键必须是限定名（可选的 DNS 子域名前缀加 `/`，然后是最多 63 个字母、数字、`-`、`_` 或 `.`，并以字母或数字开头和结尾），标签值最多 63 个同样的字符（或为空）。这适用于 `metadata.labels`、Pod 模板标签、卷申领模板标签、Service 的 `spec.selector` 以及 Pod 的 `nodeSelector`。否则 apiserver 会拒绝该对象（Pod 模板从 v1.34 起；更早的集群则会在每次创建 Pod 时失败）。',
    remediation: '缩短键或值，把空格、`:` 等字符换成 `-`、`_` 或 `.`；YAML 会读成数字或布尔值的标签值要加引号。',
    invalid: '{0}: Invalid value: {1}: {2}（标签键或标签值的语法不合法）',
  },
  'pod-affinity-invalid': {
    summary:
      'Pod 模板的亲和性：节点亲和性至少需要一个 `nodeSelectorTerms` 条目，条件的运算符为 `In`、`NotIn`、`Exists`、`DoesNotExist`、`Gt` 或 `Lt`（`In`/`NotIn` 需要 values，`Exists`/`DoesNotExist` 不能有 values，`Gt`/`Lt` 恰好一个值），键符合标签键语法；偏好条件的 `weight` 在 1 到 100 之间；Pod（反）亲和性条件需要 `topologyKey` 和合法的命名空间名称。（标签选择算符由 selector-invalid 检查。）从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '准确拼写运算符，为 `In`/`NotIn` 提供 values，权重使用 1 到 100，并设置 `topologyKey`（每个节点一个 Pod 时用 `kubernetes.io/hostname`）。',
    invalid: '{0}: Invalid value: {1}: {2}（亲和性设置不合法）',
    required: '{0}: Required value{1}（亲和性缺少必填内容）',
    forbidden: '{0}: Forbidden: {1}（该运算符不能有 values）',
  },
  'pod-dns-config-invalid': {
    summary:
      'Pod 模板的 `dnsConfig`：最多 3 个 `nameservers`，且每个都是 IP 地址；最多 32 个 `searches`（合计 2048 个字符），每个都是 DNS 子域名（末尾的点可以保留；自 v1.33 起各段还可以包含下划线，如 `_sip._tcp.example.com`，单独的 `.` 也被接受）；每个 `options` 条目都要有 `name`。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: 'nameserver 写成 IP 地址（而不是主机名），搜索列表保持简短并使用小写，并为每个选项写上名称（`{name: ndots, value: "2"}`）。',
    invalid: '{0}: Invalid value: {1}: {2}（DNS 配置不合法）',
    required: '{0}: Required value{1}（DNS 选项缺少名称）',
  },
  'pod-dns-host-aliases-invalid': {
    summary:
      'Pod 模板的每个 `hostAliases` 条目（写入 Pod 的 /etc/hosts 的行）都需要一个 IP 地址形式的 `ip`，`hostnames` 必须是 DNS 子域名（小写）。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '把地址写成 IP（`10.0.0.5`，而不是主机名），主机名使用小写。',
    invalid: '{0}: Invalid value: {1}: {2}（hostAliases 条目不合法）',
  },
  'pod-dns-policy-invalid': {
    summary:
      'Pod 模板的 `dnsPolicy` 必须是 `ClusterFirst`（默认值）、`ClusterFirstWithHostNet`、`Default` 或 `None`，大小写必须完全一致；`None` 需要一个至少包含一个 nameserver 的 `dnsConfig`。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '修正拼写；使用 `dnsPolicy: None` 时添加 `dnsConfig: {nameservers: [<IP>]}`。删除该字段即可继续使用集群 DNS。',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的 DNS 策略）',
    required: '{0}: Required value{1}（dnsPolicy 为 None 时必须提供 DNS 配置）',
    'fix.spelling': '改为 {0}',
  },
  'pod-priority-class-name-invalid': {
    summary:
      'Pod 模板的 `priorityClassName` 必须是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`），因为所有 PriorityClass 的名称都是如此。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '使用 `kubectl get priorityclasses` 列出的 PriorityClass 的准确名称（例如 `system-cluster-critical`）。',
    invalid: '{0}: Invalid value: {1}: {2}（PriorityClass 名称不合法）',
  },
  'pod-service-account-name-invalid': {
    summary:
      'Pod 模板的 `serviceAccountName` 必须是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`），因为所有 ServiceAccount 的名称都是如此。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '使用 `kubectl get serviceaccounts` 列出的 ServiceAccount 的准确名称（小写，用 `-` 代替 `_`）。',
    invalid: '{0}: Invalid value: {1}: {2}（ServiceAccount 名称不合法）',
  },
  'pod-toleration-invalid': {
    summary:
      'Pod 容忍度：`operator` 为 `Equal`（默认值）或 `Exists`，`Exists` 不能带 `value`；`key` 为空时必须使用 `operator: Exists`（容忍所有污点）；`effect` 为 `NoSchedule`、`PreferNoSchedule` 或 `NoExecute`，设置 `tolerationSeconds` 时必须是 `NoExecute`；键和值遵循标签语法。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '删除 `Exists` 容忍度中的 `value`，为没有键的容忍度加上 `operator: Exists`，准确拼写 effect，并且只在 `effect: NoExecute` 时使用 `tolerationSeconds`。',
    invalid: '{0}: Invalid value: {1}: {2}（容忍度不合法）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的取值）',
    'fix.spelling': '改为 {0}',
  },
  'pod-topology-spread-invalid': {
    summary:
      '每个拓扑分布约束都需要大于零的 `maxSkew`、符合标签键语法的 `topologyKey`，以及取值为 `DoNotSchedule` 或 `ScheduleAnyway` 的 `whenUnsatisfiable`；任意两个约束的 `topologyKey` 与 `whenUnsatisfiable` 组合不能相同；`minDomains` 必须为正数，且只能与 `DoNotSchedule` 一起使用。（其 `labelSelector` 由 selector-invalid 检查。）从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '设置 `maxSkew: 1`，用节点标签作为 `topologyKey`（`topology.kubernetes.io/zone`、`kubernetes.io/hostname`），`whenUnsatisfiable` 设为 `DoNotSchedule` 或 `ScheduleAnyway`；合并重复的约束。',
    invalid: '{0}: Invalid value: {1}: {2}（拓扑分布约束不合法）',
    required: '{0}: Required value{1}（缺少 topologyKey）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的取值）',
    duplicate: '{0}: Duplicate value: {1}（后面的约束与此约束重复）',
    'fix.spelling': '改为 {0}',
  },
  'pod-volume-items-invalid': {
    summary:
      'Secret 或 ConfigMap 卷（包括投射卷中的）的每个 `items` 条目都需要 `key` 和 `path`；downward API 文件需要 `path`，并且恰好需要 `fieldRef`（`metadata.name`、`metadata.namespace`、`metadata.uid`、`metadata.labels`、`metadata.annotations`，或以 `metadata.labels[\'key\']` 形式引用单个标签或注解）和 `resourceFieldRef` 之一。路径必须是相对路径，不能包含 `..` 路径段，也不能以 `..` 开头。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '写明要投射的键，并给出相对文件名，例如 `tls.crt` 或 `conf/app.properties`；目录请用 `volumeMounts[].mountPath` 设置。',
    invalid: '{0}: Invalid value: {1}: {2}（文件路径不合法）',
    required: '{0}: Required value{1}（缺少 key、path 或数据来源）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（卷中不能投射这个字段）',
  },
  'pod-volume-mode-invalid': {
    summary:
      'Secret、ConfigMap、downward API 和投射卷的文件权限（`defaultMode`、`items[].mode`）必须在 0 到 0777（511）之间。Kubernetes 使用的 YAML 1.1 会把 `0644` 读作八进制（420），却把 `644` 读作十进制数 644，超出范围。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '用带前导 0 的八进制写权限（`defaultMode: 0644`，私钥用 `0400`），或写成对应的十进制值（`420`）。JSON 没有八进制，请使用十进制值。',
    invalid: '{0}: Invalid value: {1}: {2}（文件权限超出范围）',
    decimal:
      '{0}: Invalid value: {1}: must be a number between 0 and 0777 (octal), both inclusive（YAML 把 {1} 读作十进制数，请写成 {2}：YAML 1.1 会把带前导 0 的数读作八进制）',
    'fix.octal': '改写为 {0}（八进制）',
  },
  'pod-volume-name-invalid': {
    summary:
      '`spec.template.spec.volumes` 中的每个卷都需要一个符合 DNS-1123 标签规范的 `name`（最多 63 个小写字母、数字和 `-`）。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。apiserver 校验的是一份先为每个卷申领模板加入一个卷的模板副本，因此它打印的路径也把这些卷计算在内。',
    remediation: '给卷起一个简短的小写名称，例如 `config` 或 `tls-certs`，并在引用它的 `volumeMounts` 中使用相同的名称。',
    invalid: '{0}: Invalid value: {1}: {2}（卷名称不合法）',
    required: '{0}: Required value{1}（卷缺少名称）',
  },
  'pod-volume-object-name-invalid': {
    summary:
      '卷引用的 Secret、ConfigMap 或 PersistentVolumeClaim 名称不可能存在：这些对象的名称都是 DNS-1123 子域名（小写字母、数字、`-` 和 `.`，最多 253 个字符）。apiserver 会接受该 StatefulSet，但这个对象永远不会存在，因此每个 Pod 都会一直等待该卷（`FailedMount`，申领则一直 Pending）。',
    remediation: '使用对象的准确名称（`kubectl get secret,configmap,pvc`）：小写，用 `-` 代替 `_`。',
    message: '{0}: {1} 不可能是 {2} 的名称：{3}；Pod 会一直等待这个卷',
  },
  'pod-volume-source-invalid': {
    summary:
      'Pod 模板的每个卷都必须恰好有一个来源（`emptyDir`、`configMap`、`secret`、`persistentVolumeClaim` 等；只写 `emptyDir:` 而不跟任何内容不算来源，应写 `emptyDir: {}`），并且该来源要写明它引用的对象（`secret.secretName`、`configMap.name`、`persistentVolumeClaim.claimName`、`hostPath.path`）；`hostPath.type` 必须是受支持的类型，`emptyDir.sizeLimit` 不能为负数。从 v1.34 起，apiserver 会拒绝该 StatefulSet；更早的集群则会在每次创建 Pod 时失败。',
    remediation: '每个卷只保留一个来源（两个都需要时拆成两个卷），用 `emptyDir: {}` 代替 `emptyDir:`，并填写 Secret、ConfigMap 或申领的名称。',
    required: '{0}: Required value{1}（卷缺少来源或来源缺少名称）',
    forbidden: '{0}: Forbidden: {1}（一个卷只能有一个来源，或 sizeLimit 为负数）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不支持的 hostPath 类型）',
    'fix.spelling': '改为 {0}',
  },
  'selector-invalid': {
    summary:
      '标签选择算符（`spec.selector`、卷申领模板的 `spec.selector`、拓扑分布约束或 Pod（反）亲和性条件的 `labelSelector`）必须格式正确：`matchLabels` 的键和值符合标签语法；`matchExpressions` 的运算符为 `In`、`NotIn`、`Exists` 或 `DoesNotExist`（区分大小写），`In`/`NotIn` 需要 `values`，`Exists`/`DoesNotExist` 不能有 `values`。否则 apiserver 会拒绝该 StatefulSet；格式错误的 `spec.selector` 根本不会与模板标签比较。',
    remediation: '修正运算符的拼写，为 `In`/`NotIn` 条件添加 `values`，删除 `Exists`/`DoesNotExist` 条件中的 `values`，并使用合法的标签键和值。',
    invalid: '{0}: Invalid value: {1}: {2}（选择算符格式错误）',
    required: '{0}: Required value{1}（选择算符缺少 values）',
    forbidden: '{0}: Forbidden: {1}（选择算符不能有 values）',
    'fix.spelling': '改为 {0}',
  },
};
