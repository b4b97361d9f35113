// Simplified Chinese for the rules on the rest of a Service's spec (session affinity, traffic
// policies, load balancer fields, IP families, external IPs and names, node ports, app protocols);
// conventions in index.ts.
import type { Translations } from '../../../l10n/catalog';

const SPELLING = '改为 {0}';

export const serviceSpecZh: Translations = {
  'svc-app-protocol-invalid': {
    summary:
      '`spec.ports[].appProtocol` 必须是限定名称：IANA 服务名（`http`、`h2c`）、`kubernetes.io/` 名称（`kubernetes.io/ws`）或 `域名/名称`（`example.com/custom`），前缀之后最多 63 个字符，只能包含字母、数字、`-`、`_` 和 `.`。`HTTP/1.1` 或 `grpc+tls` 会被拒绝。',
    remediation: '使用 `http`、`https`、`grpc` 或 `kubernetes.io/h2c` 等标准名称，或者自定义的 `域名/名称`。',
    invalid: '{0}: Invalid value: {1}: {2}（appProtocol 不是合法的限定名称）',
  },
  'svc-external-ips-invalid': {
    summary:
      '`spec.externalIPs` 的每个条目都必须是 IP 地址，且不能是未指定地址（`0.0.0.0`、`::`）、环回地址（`127.0.0.0/8`、`::1`）、链路本地地址（`169.254.0.0/16`、`fe80::/10`）或链路本地组播地址（`224.0.0.0/24`、`ff02::/10`）：节点会把这些地址路由到该 Service，而这些地址段属于节点自身。',
    remediation: '只列出能到达某个节点的可路由地址（不带端口或前缀长度），或者去掉 `externalIPs`，改用 LoadBalancer 或 NodePort 类型的 Service。',
    invalid: '{0}: Invalid value: {1}: {2}（外部 IP 不合法或属于保留地址段）',
  },
  'svc-external-name-invalid': {
    summary:
      '`type: ExternalName` 的 Service 需要 `spec.externalName`，即它作为别名（CNAME）指向的 DNS 名称：必须是 DNS-1123 子域名，例如 `db.example.com`（允许末尾带点），不能是带端口的 IP 地址或 URL。这种 Service 没有集群 IP，也没有端点：它的选择算符和端口都会被忽略，因此不能作为 StatefulSet 的管理 Service。',
    remediation: '把 `externalName` 设为小写主机名（`my.database.example.com`）；要访问 StatefulSet 的 Pod，请改用带选择算符的无头 Service（`clusterIP: None`）。',
    invalid: '{0}: Invalid value: {1}: {2}（externalName 不是合法的 DNS 子域名）',
    required: '{0}: Required value{1}（ExternalName 类型的 Service 必须设置 externalName）',
  },
  'svc-ip-families-invalid': {
    summary:
      '`spec.ipFamilies` 只能包含 `IPv4` 和/或 `IPv6`，每个最多出现一次（因此最多两个），且 `clusterIPs` 的每个条目都必须属于同一下标处的协议族；`ipFamilyPolicy` 取值为 `SingleStack`、`PreferDualStack` 或 `RequireDualStack`，`SingleStack` 不能与两个协议族或两个集群 IP 同时使用。ExternalName 类型的 Service 两个字段都不能设置。',
    remediation: '协议族请写成 `IPv4`/`IPv6`，每个只列一次，顺序与 `clusterIPs` 一致；两个协议族请使用 `PreferDualStack` 或 `RequireDualStack`；ExternalName 类型的 Service 请删除这两个字段。',
    invalid: '{0}: Invalid value: {1}: {2}（与 IP 协议族的设置不一致）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不受支持的取值）',
    duplicate: '{0}: Duplicate value: {1}（同一 IP 协议族重复出现）',
    forbidden: '{0}: Forbidden: {1}（ExternalName 类型的 Service 不能设置该字段）',
    'fix.spelling': SPELLING,
  },
  'svc-load-balancer-fields-invalid': {
    summary:
      '`loadBalancerSourceRanges`（或其注解 `service.beta.kubernetes.io/load-balancer-source-ranges`）、`loadBalancerClass` 和 `allocateLoadBalancerNodePorts` 只能用于 `type: LoadBalancer`；每个来源范围必须是 CIDR（如 `10.0.0.0/8`），类名必须是限定名称（如 `example.com/internal-lb`）。',
    remediation: '从 ClusterIP、NodePort 和无头 Service 中删除这些字段（StatefulSet 的无头 Service 从不需要它们），或者把 Service 改为 `type: LoadBalancer`；来源范围请写成 `地址/前缀长度`。',
    invalid: '{0}: Invalid value: {1}: {2}（取值不合法）',
    forbidden: '{0}: Forbidden: {1}（该字段只能用于 LoadBalancer 类型的 Service）',
  },
  'svc-node-port-duplicate': {
    summary:
      '`spec.ports` 中有两个条目以相同的 `protocol`（省略时为 TCP）请求了同一个 `nodePort`；apiserver 会以 `Duplicate value` 拒绝该 Service。不同协议使用同一节点端口是允许的（30053/TCP 和 30053/UDP）。',
    remediation: '为每个端口指定不同的 `nodePort`，或者省略 `nodePort` 让集群自动分配。',
    duplicate: '{0}: Duplicate value: {1}（节点端口重复）',
    firstUse: 'spec.ports[{0}].nodePort {1}（首次使用）',
  },
  'svc-session-affinity-invalid': {
    summary:
      '`spec.sessionAffinity` 取值为 `None`（默认）或 `ClientIP`，必须严格按此拼写。使用 `ClientIP` 时，`sessionAffinityConfig.clientIP.timeoutSeconds` 必须在 1–86400 之间（一天；省略时为 10800）。使用 `None` 时，apiserver 会悄悄丢弃 `sessionAffinityConfig`。',
    remediation: '写 `sessionAffinity: ClientIP` 并把超时设为不超过 86400 秒，或者删除这两个字段表示不使用会话亲和性。',
    invalid: '{0}: Invalid value: {1}: {2}（会话亲和性超时超出范围）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不受支持的取值）',
    'fix.spelling': SPELLING,
  },
  'svc-traffic-policy-invalid': {
    summary:
      '`externalTrafficPolicy`（`Cluster` 或 `Local`）只能用于可从集群外访问的 Service：NodePort、LoadBalancer，或带 `externalIPs` 的 ClusterIP，因此无头 Service 上绝不能设置。`healthCheckNodePort` 只能与 `type: LoadBalancer` 和 `externalTrafficPolicy: Local` 一起使用，取值为 1–65535 的端口。`internalTrafficPolicy` 取值为 `Cluster` 或 `Local`（空字符串会被拒绝）。',
    remediation: '从 ClusterIP 和无头 Service 中删除 `externalTrafficPolicy` 和 `healthCheckNodePort`（请把它们设在对外暴露 Pod 的 NodePort 或 LoadBalancer Service 上），并把策略严格拼写为 `Cluster` 或 `Local`。',
    invalid: '{0}: Invalid value: {1}: {2}（该 Service 类型不允许此设置）',
    unsupported: '{0}: Unsupported value: {1}: supported values: {2}（不受支持的取值）',
    'fix.spelling': SPELLING,
  },
};
