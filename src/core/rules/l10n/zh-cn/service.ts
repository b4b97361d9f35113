// Simplified Chinese for the rules of the governing Service (svc-*); conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

export const serviceZh: Translations = {
  'svc-cluster-ip-invalid': {
    summary:
      '`spec.clusterIP` 必须是 `None`（严格区分大小写）或一个有效的 IP 地址；`none` 会被当作无效 IP 拒绝。`spec.clusterIPs` 要求同时设置 `clusterIP` 且以它开头，最多包含 2 个地址（每个 IP 协议族一个），`None` 只能作为其唯一的值。ExternalName 类型的 Service 两者都不能设置。',
    remediation: '无头 Service 请写 `clusterIP: None`，或者省略 `clusterIP` 让集群自动分配。只在同时设置了 `clusterIP` 时才设置 `clusterIPs`（其第一个值须等于 `clusterIP`）。',
    noneCapital: '{0}；无头 Service 需要写成 "None"，N 必须大写',
    externalName: '{0} {1}: Forbidden: may not be set for ExternalName services（ExternalName 类型的 Service 不能设置该字段）',
    ipsWithoutIp: '{0} {1}: must be empty when `clusterIP` is not specified（请把 clusterIP 设为它的第一个值）',
    firstMismatch: 'spec.clusterIPs[0] {0}: first value must match `clusterIP`（第一个值必须与 `clusterIP` 的值 {1} 相同）',
    noneNotOnly: '{0} "None": \'None\' must be the first and only value（`None` 必须是唯一的值）',
    tooMany: '{0} {1}: may only hold up to 2 values（最多只能有 2 个值）',
    sameFamily: '{0} {1}: may specify no more than one IP for each IP family（每个 IP 协议族最多只能指定一个 IP）',
    invalidIP: '{0} {1}: {2}',
  },
  'svc-headless-type-invalid': {
    summary:
      "无头 Service（`clusterIP: None`）不能是 LoadBalancer 或 NodePort 类型：这两种类型都要经由集群 IP 转发流量。apiserver 会拒绝它（`may not be set to 'None' for LoadBalancer services`）。",
    remediation: '无头 Service 请使用 `type: ClusterIP`（或省略 `type`），再通过另一个非无头的 Service 对外暴露这些 Pod。',
    message: '{0} "None": may not be set to \'None\' for {1} services（spec.type 为 {2} 的 Service 不能是无头 Service）',
  },
  'svc-name-invalid': {
    summary:
      'Service 名称必须是 DNS-1035 标签：最多 63 个字符，只能是小写字母、数字和 `-`，以字母开头，以字母或数字结尾。其他名称都会被 apiserver 拒绝（因此像 `2nginx` 这样的 StatefulSet `serviceName` 虽然是合法的 DNS-1123 标签，却永远不可能对应一个真实存在的 Service）。',
    remediation: '重命名该 Service（以及所有引用它的 `serviceName`），例如用 `nginx-2` 代替 `2nginx`。',
    message: 'metadata.name {0} 不是有效的 Service 名称：{1}',
  },
  'svc-node-port-forbidden': {
    summary:
      "`spec.ports[].nodePort` 只能用于 NodePort 和 LoadBalancer 类型的 Service。在 ClusterIP 类型（默认类型）的 Service 上，apiserver 会拒绝它：`may not be used when `type` is 'ClusterIP'`。",
    remediation: '删除 `nodePort`，或设置 `spec.type: NodePort`（无头 Service 不能是 NodePort 类型：请另建一个 Service 来暴露这些 Pod）。',
    message: "{0} {1}: Forbidden: may not be used when `type` is 'ClusterIP'（ClusterIP 类型的 Service 不能设置 nodePort）",
  },
  'svc-port-duplicate': {
    summary:
      '`spec.ports` 中有两个条目的 `port` 和 `protocol`（省略时为 TCP）都相同；apiserver 会以 `Duplicate value` 拒绝该 Service。不同协议使用同一端口号是允许的（如 53/TCP 和 53/UDP）。',
    remediation: '删除重复的条目，或为它换一个端口号或协议。',
    message: '{0}.port {1}（协议 {2}）: Duplicate value: spec.ports[{3}] 已使用端口 {1}/{4}',
  },
  'svc-port-invalid': {
    summary:
      '`spec.ports[].port` 必须在 1–65535 之间。`targetPort` 可以是 1–65535 的数字，也可以是容器端口的名称（IANA 服务名：最多 15 个字符，只能是小写字母、数字和 `-`，且至少包含一个字母）。像 `"8080"` 这样加了引号的数字会被当作名称，而且是无效的名称。省略 `targetPort` 或设为 0 时，默认取 `port` 的值。',
    remediation: '使用范围内的端口号；数字形式的 `targetPort` 不要加引号，或者改用容器端口的 `name`。',
    quotedNumber: '（加了引号的数字会被当作端口名称：请去掉引号，直接写 {0}）',
    port: '{0}.port {1}: must be between 1 and 65535, inclusive',
    targetPort: '{0}.targetPort {1}',
  },
  'svc-port-name-invalid': {
    summary:
      'Service 端口名称：`spec.ports` 有多个条目时，每个端口都需要 `name`；名称必须是 DNS-1123 标签（小写字母、数字和 `-`，最多 63 个字符），且在该 Service 内唯一。否则 apiserver 会拒绝该 Service。',
    remediation: '为每个端口起一个简短、唯一的小写名称，例如 `web`、`grpc` 或 `metrics`。',
    required: '{0}: Required value: Service 有多个端口时，每个端口都需要名称',
    requiredPort: '{0}: Required value: Service 有多个端口时，每个端口都需要名称（端口 {1}）',
    duplicate: '{0} {1}: Duplicate value: spec.ports[{2}] 已使用同一名称',
    'fix.addNames': '添加端口名称',
    invalid: '{0} {1}: {2}',
    firstUse: '{0} {1}',
  },
  'svc-ports-required': {
    summary:
      'Service 的 `spec.ports` 中至少需要一个条目，除非它是无头 Service（`clusterIP: None`）或 ExternalName 类型；否则 apiserver 会以 `spec.ports: Required value` 拒绝它。',
    remediation: '在 `spec.ports` 下添加 Pod 对外提供服务的端口；如果该 Service 只用来提供 DNS 名称，可以用 `clusterIP: None` 把它设为无头 Service。',
    message: 'spec.ports: Required value: Service {0} 既不是无头 Service（clusterIP: None），也不是 ExternalName 类型，因此至少需要一个端口',
    messageUnnamed: 'spec.ports: Required value: 该 Service 既不是无头 Service（clusterIP: None），也不是 ExternalName 类型，因此至少需要一个端口',
  },
  'svc-update-cluster-ip-immutable': {
    summary:
      '与基线（`--baseline REF`）相比，这次编辑修改了 Service 的集群 IP：`clusterIP`/`clusterIPs` 一旦设置就不能再改，因此 Service 不能在原对象上变成无头服务（`clusterIP: None`），也不能从无头服务变回来（`spec.clusterIPs[0]: Invalid value: ["None"]: may not change once set`）。清单中不写 `clusterIP` 时会保留集群中的值（包括 `None`），所以把无头服务改成 NodePort 或 LoadBalancer 也会被拒绝。',
    remediation:
      '保留基线中的集群 IP，或者删除并重新创建 Service（`kubectl delete service NAME`，然后再应用）：解析它的客户端会有短暂的中断。对于 StatefulSet，如果既需要无头地址又需要负载均衡地址，请另建第二个 Service。',
    changed: 'spec.clusterIPs[{0}]: Invalid value: {1}: may not change once set（集群 IP 设置后不能修改；基线中为 {2}）',
    headlessKept:
      "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for {0} services（这个清单没有写 clusterIP，集群中的 Service 会保留基线中的 clusterIP None）",
    related: '基线中的集群 IP：{0}',
    'fix.revert': '恢复为已提交的值',
  },
  'svc-update-forbidden': {
    summary:
      '与基线（`--baseline REF`）相比，这次编辑修改了 Service 中不能在原对象上修改的字段：LoadBalancer 类型 Service 的 `spec.loadBalancerClass`（`may not change once set`，新增或删除也算），或者 `externalTrafficPolicy: Local` 的 LoadBalancer 上显式写出的 `spec.healthCheckNodePort`（`field is immutable`）。',
    remediation:
      '保留基线中的值，或者删除该 Service 再重新创建（`kubectl delete service NAME`，然后再应用）：它的负载均衡器会被替换，客户端会有一段中断。',
    loadBalancerClass: 'spec.loadBalancerClass: Invalid value: {0}: may not change once set（设置后不能修改；基线中为 {1}）',
    healthCheckNodePort: 'spec.healthCheckNodePort: Forbidden: field is immutable（该字段不可修改；基线中为 {0}，现在为 {1}）',
    related: '基线中的值：{0}',
    'fix.revert': '恢复为已提交的值',
  },
};
