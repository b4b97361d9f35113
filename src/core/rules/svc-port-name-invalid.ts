import { getKey, getSeq, pathOf } from '../model/access';
import { dns1123LabelProblem, quote } from '../model/names';
import { servicePorts, type ServicePort } from '../model/service';
import { isScalar } from '../model/types';
import { defaultPortName } from './edit/portNames';
import { editTargetOf, setKey } from './edit/yamlEdits';
import { defineRule, type CheckContext } from './defineRule';
import { earlierOf } from './fields';
import type { RuleContext, TextEdit } from './types';

/** `data.reason` of the finding for an unnamed port of a multi-port Service (the one with a fix). */
const NAME_REQUIRED = 'name-required';

export default defineRule({
  id: 'svc-port-name-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        'Service port names: when `spec.ports` has more than one entry every port needs a `name`; a name must be a DNS-1123 label (lower-case letters, digits and `-`, at most 63) and unique within the Service. The apiserver rejects the Service otherwise.',
      remediation: 'Give each port a short unique lower-case name such as `web`, `grpc` or `metrics`.',
      url: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
    },
    source: 'ValidateService',
  },
  messages: {
    required: '{0}: Required value: every port of a Service with more than one port needs a name',
    requiredPort: '{0}: Required value: every port of a Service with more than one port needs a name (port {1})',
    duplicate: '{0} {1}: Duplicate value: spec.ports[{2}] has the same name',
    'fix.addNames': 'Add port names',
    // The apiserver's own wording: the field, the value, the DNS-1123 problem.
    invalid: '{0} {1}: {2}',
    firstUse: '{0} {1}',
  },
  check(ctx) {
    const { resource } = ctx;
    const requireName = (getSeq(resource.root, 'spec.ports')?.items.length ?? 0) > 1;
    const seen = new Map<string, ServicePort>();
    for (const port of servicePorts(resource)) {
      checkName(ctx, port, requireName, seen);
    }
  },
  fixes(finding, ctx) {
    if (finding.data?.reason !== NAME_REQUIRED) return [];
    const edits = addPortNames(ctx);
    return edits.length > 0 ? [{ title: ctx.t('fix.addNames'), isPreferred: true, edits }] : [];
  },
});

function isUnnamed(port: ServicePort): boolean {
  const name = getKey(port.node, 'name');
  return name === undefined || (isScalar(name) && (name.value === null || name.value === ''));
}

/** `name: port-80` (`port-53-udp` for other protocols) on every port that has none. */
function addPortNames(ctx: RuleContext): TextEdit[] {
  const target = editTargetOf(ctx.resource, ctx);
  if (!target) return [];
  const ports = servicePorts(ctx.resource);
  const taken = new Set<string>();
  for (const port of ports) {
    const name = getKey(port.node, 'name');
    if (isScalar(name) && typeof name.value === 'string') taken.add(name.value);
  }
  return ports.filter(isUnnamed).map((p) => setKey(target, p.node, 'name', defaultPortName(p.port?.value, p.protocol, p.index, taken)));
}

type Ctx = CheckContext<'required' | 'requiredPort' | 'invalid' | 'duplicate' | 'firstUse'>;

function checkName(ctx: Ctx, port: ServicePort, requireName: boolean, seen: Map<string, ServicePort>): void {
  const name = getKey(port.node, 'name');
  const path = `spec.ports[${port.index}].name`;
  if (name === undefined || (isScalar(name) && (name.value === null || name.value === ''))) {
    if (!requireName) return;
    const range = port.port?.range ?? name?.keyRange ?? port.node.range;
    const message = port.port ? { messageId: 'requiredPort' as const, args: [path, port.port.value] } : { messageId: 'required' as const, args: [path] };
    return ctx.report({ range, path, ...message, data: { reason: NAME_REQUIRED } });
  }
  if (!isScalar(name) || typeof name.value !== 'string') return;
  const problem = dns1123LabelProblem(name.value);
  if (problem) return ctx.report({ range: name.range, path, messageId: 'invalid', args: [path, quote(name.value), problem] });
  const first = earlierOf(seen, name.value, port);
  if (!first) return;
  const firstName = getKey(first.node, 'name')!;
  ctx.report({
    range: name.range,
    path,
    messageId: 'duplicate', args: [path, quote(name.value), first.index],
    related: [{ resource: ctx.resource, range: firstName.range, message: ctx.t('firstUse', pathOf(firstName), quote(name.value)) }],
  });
}
