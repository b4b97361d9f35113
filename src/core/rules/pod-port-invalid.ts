import { getKey, getMap, getString, isSet, trimmedRange } from '../model/access';
import { isPortNumber, PORT_RANGE, portNameProblems, quote } from '../model/names';
import { itemsOf, scalarAt, workloadContainers, type ListItem } from '../model/podTemplate';
import { isMap, isScalar, type YMap, type YNode } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';
import { replaceScalar, editTargetOf } from './edit/yamlEdits';
import { earlierOf } from './fields';

// validateContainerPorts lists them with sets.List, i.e. sorted.
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

const MESSAGES = {
  name: '{0}: Invalid value: {1}: {2}',
  duplicate: '{0}: Duplicate value: {1}',
  required: '{0}: Required value',
  range: `{0}: Invalid value: {1}: ${PORT_RANGE}`,
  protocol: '{0}: Unsupported value: {1}: supported values: "SCTP", "TCP", "UDP"',
  hostNetwork: '{0}: Invalid value: {1}: must match `containerPort` when `hostNetwork` is true',
  'fix.protocol': 'Change the protocol to {0}',
} as const;
type MessageId = keyof typeof MESSAGES;

export default defineRule({
  id: 'pod-port-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A container port of the pod template that the apiserver refuses: a `name` that is not an IANA service name (at most 15 lower-case letters, digits and `-`, at least one letter, no `--`, no `-` at either end), a name used twice in the same container, a `containerPort` missing or outside 1–65535, a `hostPort` outside 1–65535 or taken twice (same protocol and `hostIP`) by the containers, a `hostPort` other than the `containerPort` with `hostNetwork: true`, or a `protocol` other than `TCP`, `UDP` and `SCTP`. Since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate`).',
      remediation:
        'Shorten the port name (`kafka-controller` → `controller`), keep names unique within the container, use a port number in range, and write the protocol in capitals.',
      url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
    },
    source: 'validateContainerPorts',
  },
  messages: MESSAGES,
  check(ctx) {
    const hostNetwork = getKey(getMap(ctx.resource.root, 'spec.template.spec'), 'hostNetwork');
    const onHostNetwork = isScalar(hostNetwork) && hostNetwork.value === true;
    // Host ports may not clash across the regular containers; init containers run one by one.
    const regularHostPorts = new Set<string>();
    for (const container of workloadContainers(ctx.resource)) {
      const names = new Map<string, true>();
      const init = container.list === 'initContainers';
      const scope: HostPortScope = { taken: init ? new Set() : regularHostPorts, init, onHostNetwork: onHostNetwork && !init };
      for (const port of itemsOf(container, 'ports')) {
        if (!isMap(port.node)) continue; // the schema check reports a port that is not an object
        checkPort(ctx, port, port.node, names);
        checkHostPort(ctx, port, port.node, scope);
      }
    }
  },
  fixes(finding, ctx) {
    const suggestion = finding.data?.suggestion;
    const target = editTargetOf(ctx.resource, ctx);
    const node = scalarAt(ctx.resource.root, finding.range);
    if (typeof suggestion !== 'string' || !target || !node) return [];
    return [{ title: ctx.t('fix.protocol', suggestion), isPreferred: true, edits: [replaceScalar(target, node, suggestion)] }];
  },
});

function checkPort(ctx: CheckContext<MessageId>, port: ListItem, map: YMap, names: Map<string, true>): void {
  checkName(ctx, port, names);
  const containerPort = getKey(port.node, 'containerPort');
  const path = `${port.path}.containerPort`;
  if (isScalar(containerPort) && containerPort.value === 0) ctx.report({ range: containerPort.range, path, messageId: 'required', args: [path] });
  else if (!isSet(containerPort)) ctx.report({ range: containerPort?.keyRange ?? trimmedRange(map), path, messageId: 'required', args: [path] });
  else checkNumber(ctx, containerPort, path);
  const hostPort = getKey(port.node, 'hostPort');
  if (isScalar(hostPort) && hostPort.value !== 0) checkNumber(ctx, hostPort, `${port.path}.hostPort`);
  checkProtocol(ctx, port);
}

function checkName(ctx: CheckContext<MessageId>, port: ListItem, names: Map<string, true>): void {
  const name = getKey(port.node, 'name');
  if (!isScalar(name) || typeof name.value !== 'string' || name.value === '') return;
  const path = `${port.path}.name`;
  const problems = portNameProblems(name.value);
  if (problems.length > 0) ctx.report({ range: name.range, path, messageId: 'name', args: [path, quote(name.value), problems.join(', ')] });
  else if (earlierOf(names, name.value, true)) ctx.report({ range: name.range, path, messageId: 'duplicate', args: [path, quote(name.value)] });
}

interface HostPortScope {
  /** `protocol/hostIP/hostPort` of the ports seen so far (AccumulateUniqueHostPorts' accumulator). */
  readonly taken: Set<string>;
  readonly init: boolean;
  readonly onHostNetwork: boolean;
}

/** checkHostPortConflicts (AccumulateUniqueHostPorts) and validatePodHostNetworkDeps, for a port with a host port. */
function checkHostPort(ctx: CheckContext<MessageId>, port: ListItem, map: YMap, scope: HostPortScope): void {
  const hostPort = getKey(map, 'hostPort');
  if (!isScalar(hostPort) || typeof hostPort.value !== 'number' || hostPort.value === 0) return;
  const containerPort = getKey(map, 'containerPort');
  const path = `${port.path}.hostPort`;
  if (scope.onHostNetwork && isScalar(containerPort) && containerPort.value !== hostPort.value) {
    ctx.report({ range: hostPort.range, path, messageId: 'hostNetwork', args: [path, hostPort.value] });
  }
  const protocol = getString(map, 'protocol')?.value || 'TCP';
  const key = `${protocol}/${getString(map, 'hostIP')?.value ?? ''}/${hostPort.value}`;
  if (!scope.taken.has(key)) {
    scope.taken.add(key);
    return;
  }
  // An init container is checked as a list of one, so upstream prints index 0 whatever its place.
  const printed = scope.init ? `spec.template.spec.initContainers[0].ports[${port.index}].hostPort` : path;
  ctx.report({ range: hostPort.range, path: printed, messageId: 'duplicate', args: [printed, quote(key)] });
}

/** IsValidPortNum on an integer; fractions and strings are type errors (the schema check's). */
function checkNumber(ctx: CheckContext<MessageId>, node: YNode | undefined, path: string): void {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || isPortNumber(node.value)) return;
  ctx.report({ range: node.range, path, messageId: 'range', args: [path, node.value] });
}

function checkProtocol(ctx: CheckContext<MessageId>, port: ListItem): void {
  const protocol = getKey(port.node, 'protocol');
  // An empty protocol is defaulted to TCP (SetDefaults_ContainerPort) before validation.
  if (!isScalar(protocol) || typeof protocol.value !== 'string' || protocol.value === '' || PROTOCOLS.includes(protocol.value)) return;
  const path = `${port.path}.protocol`;
  const suggestion = PROTOCOLS.find((p) => p === (protocol.value as string).toUpperCase());
  ctx.report({ range: protocol.range, path, messageId: 'protocol', args: [path, quote(protocol.value)], ...(suggestion ? { data: { suggestion } } : {}) });
}
