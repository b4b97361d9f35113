import { atLeast } from '../model/kubernetesVersion';
import { getKey, getNumber, isSet } from '../model/access';
import { isPortNumber, PORT_RANGE, portNameProblems, quote } from '../model/names';
import { scalarAt, workloadContainers, type TemplateContainer } from '../model/podTemplate';
import { isMap, isScalar, isSeq, type YMap, type YNode } from '../model/types';
import { type CheckContext, defineRule } from './defineRule';
import { editTargetOf, replaceScalar } from './edit/yamlEdits';

const MESSAGES = {
  initForbidden: '{0}: Forbidden: may not be set for init containers without restartPolicy=Always',
  secondHandler: '{0}: Forbidden: may not specify more than 1 handler type',
  noHandler: '{0}: Required value: must specify a handler type',
  required: '{0}: Required value',
  negative: '{0}: Invalid value: {1}: must be greater than or equal to 0',
  notOne: '{0}: Invalid value: {1}: must be 1',
  readinessGrace: '{0}: Invalid value: {1}: must not be set for readinessProbes',
  gracePositive: '{0}: Invalid value: {1}: must be greater than 0',
  port: '{0}: Invalid value: {1}: {2}',
  scheme: '{0}: Unsupported value: {1}: supported values: "HTTP", "HTTPS"',
  sleep: '{0}: Invalid value: {1}: must be non-negative and less than terminationGracePeriodSeconds ({2})',
  sleepPositive: '{0}: Invalid value: {1}: must be greater than 0 and less than terminationGracePeriodSeconds ({2})',
  'fix.successThreshold': 'Set successThreshold to 1',
  'fix.scheme': 'Change the scheme to {0}',
} as const;
type Context = CheckContext<keyof typeof MESSAGES>;

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
// handlerFromLifecycle: lifecycle hooks may sleep instead, but have no gRPC action.
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
// The timings ValidateNonnegativeField checks in validateProbe, in its order.
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

export default defineRule({
  id: 'pod-probe-invalid',
  meta: {
    refusedOnCreateSince: '1.34',
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        'A probe or lifecycle hook that the apiserver refuses: no handler or more than one (`exec`, `httpGet`, `tcpSocket`, `grpc`; hooks `sleep` instead of `grpc`), an `exec` without `command`, a port that is neither 1–65535 nor an IANA port name, a `scheme` other than `HTTP`/`HTTPS`, a negative timing, a `successThreshold` other than 1 on a liveness or startup probe, `terminationGracePeriodSeconds` on a readiness probe, a hook that sleeps longer than the pod’s `terminationGracePeriodSeconds` (30 by default), or a probe or hook on an init container that is not a sidecar (`restartPolicy: Always`). Since v1.34 the apiserver rejects the StatefulSet; older clusters accept it and then fail every pod creation (`FailedCreate`).',
      remediation:
        'Keep exactly one handler per probe or hook, use `successThreshold: 1` for liveness and startup probes, and move probes off plain init containers (or make the init container a sidecar with `restartPolicy: Always`).',
      url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    },
    source: 'validateProbe',
  },
  messages: MESSAGES,
  fixes(finding, ctx) {
    const target = editTargetOf(ctx.resource, ctx);
    const node = scalarAt(ctx.resource.root, finding.range);
    if (!target || !node) return [];
    if (finding.messageId === 'notOne') {
      // A number stays a number: replaceScalar would write the string "1".
      const range = { start: target.base + node.range.start, end: target.base + node.range.end };
      return [{ title: ctx.t('fix.successThreshold'), isPreferred: true, edits: [{ uri: target.uri, range, newText: '1' }] }];
    }
    const scheme = finding.messageId === 'scheme' && typeof node.value === 'string' ? node.value.toUpperCase() : undefined;
    if (scheme !== 'HTTP' && scheme !== 'HTTPS') return [];
    return [{ title: ctx.t('fix.scheme', scheme), isPreferred: true, edits: [replaceScalar(target, node, scheme)] }];
  },
  check(ctx) {
    // SetDefaults_PodSpec gives templates the default grace period of 30 seconds before validation.
    const grace = getNumber(ctx.resource.root, 'spec.template.spec.terminationGracePeriodSeconds')?.value ?? 30;
    for (const container of workloadContainers(ctx.resource)) {
      if (container.list === 'initContainers' && !container.sidecar) checkPlainInit(ctx, container);
      else checkContainer(ctx, container, grace);
    }
  },
});

/** validateInitContainers: probes and hooks are forbidden on init containers that run to completion. */
function checkPlainInit(ctx: Context, container: TemplateContainer): void {
  for (const key of ['lifecycle', ...PROBES]) {
    const node = getKey(container.node, key);
    const path = `${container.path}.${key}`;
    if (isSet(node)) ctx.report({ range: node!.keyRange ?? node!.range, path, messageId: 'initForbidden', args: [path] });
  }
}

/** validateContainers (and validateInitContainers for sidecars): the three probes and the two hooks. */
function checkContainer(ctx: Context, container: TemplateContainer, grace: number): void {
  for (const kind of PROBES) {
    const probe = getKey(container.node, kind);
    if (isMap(probe)) checkProbe(ctx, `${container.path}.${kind}`, probe, kind);
  }
  const lifecycle = getKey(container.node, 'lifecycle');
  for (const hook of ['postStart', 'preStop']) {
    const handler = getKey(lifecycle, hook);
    if (!isMap(handler)) continue;
    checkHandler(ctx, `${container.path}.lifecycle.${hook}`, handler, HOOK_HANDLERS);
    // Sleep comes last in validateHandler: it is validated only when it is the one handler.
    const sleep = getKey(handler, 'sleep');
    if (isMap(sleep) && HOOK_HANDLERS.every((key) => key === 'sleep' || !isSet(getKey(handler, key)))) {
      checkSleep(ctx, `${container.path}.lifecycle.${hook}.sleep`, sleep, grace);
    }
  }
}

/**
 * validateSleepAction: with PodValidationOptions.AllowPodLifecycleSleepActionZeroValue, that is the
 * PodLifecycleSleepActionAllowZero gate (on by default from v1.33, pkg/features/kube_features.go),
 * a sleep of 0 is allowed; before, the seconds must be positive.
 */
function checkSleep(ctx: Context, path: string, sleep: YMap, grace: number): void {
  const seconds = integerAt(sleep, 'seconds');
  const allowZero = atLeast(ctx.kubernetesVersion, '1.33');
  if (!seconds || (seconds.value >= (allowZero ? 0 : 1) && seconds.value <= grace)) return;
  ctx.report({ range: seconds.node.range, path, messageId: allowZero ? 'sleep' : 'sleepPositive', args: [path, seconds.value, grace] });
}

function checkProbe(ctx: Context, path: string, probe: YMap, kind: (typeof PROBES)[number]): void {
  checkHandler(ctx, path, probe, PROBE_HANDLERS);
  for (const timing of TIMINGS) {
    const value = integerAt(probe, timing);
    if (value && value.value < 0) ctx.report({ range: value.node.range, path: `${path}.${timing}`, messageId: 'negative', args: [`${path}.${timing}`, value.value] });
  }
  const grace = integerAt(probe, 'terminationGracePeriodSeconds');
  const gracePath = `${path}.terminationGracePeriodSeconds`;
  if (grace && grace.value <= 0) ctx.report({ range: grace.node.range, path: gracePath, messageId: 'gracePositive', args: [gracePath, grace.value] });
  if (grace && kind === 'readinessProbe') ctx.report({ range: grace.node.range, path: gracePath, messageId: 'readinessGrace', args: [gracePath, grace.value] });
  // SetDefaults_Probe turns an unset or 0 successThreshold into 1 before validation.
  const success = integerAt(probe, 'successThreshold');
  if (kind !== 'readinessProbe' && success && success.value !== 0 && success.value !== 1) {
    ctx.report({ range: success.node.range, path: `${path}.successThreshold`, messageId: 'notOne', args: [`${path}.successThreshold`, success.value] });
  }
}

/** An integer field; fractions and strings are type errors (the schema check's). */
function integerAt(map: YMap, key: string): { node: YNode; value: number } | undefined {
  const node = getKey(map, key);
  return isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? { node, value: node.value } : undefined;
}

/** validateHandler: the first handler set counts, every further one is forbidden; none is required. */
function checkHandler(ctx: Context, path: string, owner: YMap, handlers: readonly string[]): void {
  let count = 0;
  for (const key of handlers) {
    const handler = getKey(owner, key);
    if (!isSet(handler)) continue;
    const handlerPath = `${path}.${key}`;
    if (count++ > 0) ctx.report({ range: handler!.keyRange ?? handler!.range, path: handlerPath, messageId: 'secondHandler', args: [handlerPath] });
    else if (isMap(handler)) checkAction(ctx, handlerPath, handler, key);
  }
  if (count === 0) ctx.report({ range: owner.keyRange ?? owner.range, path, messageId: 'noHandler', args: [path] });
}

/** validateExecAction, validateHTTPGetAction, validateTCPSocketAction, validateGRPCAction (sleep: checkSleep). */
function checkAction(ctx: Context, path: string, action: YMap, kind: string): void {
  if (kind === 'exec') {
    const command = getKey(action, 'command');
    if (!isSet(command) || (isSeq(command) && command.items.length === 0)) {
      ctx.report({ range: command?.keyRange ?? action.keyRange ?? action.range, path: `${path}.command`, messageId: 'required', args: [`${path}.command`] });
    }
    return;
  }
  if (kind === 'sleep') return;
  checkPort(ctx, `${path}.port`, action, kind !== 'grpc');
  const scheme = getKey(action, 'scheme');
  // An empty scheme is defaulted to HTTP (SetDefaults_HTTPGetAction).
  if (kind === 'httpGet' && isScalar(scheme) && typeof scheme.value === 'string' && scheme.value !== '' && scheme.value !== 'HTTP' && scheme.value !== 'HTTPS') {
    ctx.report({ range: scheme.range, path: `${path}.scheme`, messageId: 'scheme', args: [`${path}.scheme`, quote(scheme.value)] });
  }
}

/** ValidatePortNumOrName: a number 1–65535 or an IANA port name (gRPC ports are numbers only); a missing port is the number 0. */
function checkPort(ctx: Context, path: string, action: YMap, namesAllowed: boolean): void {
  const port = getKey(action, 'port');
  if (!isSet(port)) {
    ctx.report({ range: port?.keyRange ?? action.keyRange ?? action.range, path, messageId: 'port', args: [path, 0, PORT_RANGE] });
    return;
  }
  if (!isScalar(port)) return;
  if (typeof port.value === 'number' && Number.isInteger(port.value) && !isPortNumber(port.value)) {
    ctx.report({ range: port.range, path, messageId: 'port', args: [path, port.value, PORT_RANGE] });
  } else if (typeof port.value === 'string' && namesAllowed) {
    const problems = portNameProblems(port.value);
    if (problems.length > 0) ctx.report({ range: port.range, path, messageId: 'port', args: [path, quote(port.value), problems.join(', ')] });
  }
}
