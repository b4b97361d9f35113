import { t } from '../l10n/messages';
import { getKey, getSeq, pathOf } from '../model/access';
import { dns1123LabelProblem, quote } from '../model/names';
import type { Resource } from '../model/resource';
import { servicePorts, type ServicePort } from '../model/service';
import { isScalar } from '../model/types';
import { defaultPortName } from './edit/portNames';
import { editTargetOf, setKey } from './edit/yamlEdits';
import { ruleDocs, type Finding, type Rule, type RuleContext, type TextEdit } from './types';

/** `data.reason` of the finding for an unnamed port of a multi-port Service (the one with a fix). */
const NAME_REQUIRED = 'name-required';

export const svcPortNameInvalid: Rule = {
  id: 'svc-port-name-invalid',
  appliesTo: ['Service'],
  severity: 'error',
  scope: 'document',
  docs: ruleDocs('svc-port-name-invalid', 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services'),
  check({ resource }) {
    const requireName = (getSeq(resource.root, 'spec.ports')?.items.length ?? 0) > 1;
    const seen = new Map<string, ServicePort>();
    const out: Finding[] = [];
    for (const port of servicePorts(resource)) {
      const finding = checkName(this.id, resource, port, requireName, seen);
      if (finding) out.push(finding);
    }
    return out;
  },
  fixes(finding, ctx) {
    if (finding.data?.reason !== NAME_REQUIRED) return [];
    const edits = addPortNames(ctx);
    return edits.length > 0 ? [{ title: t('rule.svc-port-name-invalid.fix.addNames'), isPreferred: true, edits }] : [];
  },
};

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

function checkName(ruleId: string, resource: Resource, port: ServicePort, requireName: boolean, seen: Map<string, ServicePort>): Finding | undefined {
  const name = getKey(port.node, 'name');
  const path = `spec.ports[${port.index}].name`;
  if (name === undefined || (isScalar(name) && (name.value === null || name.value === ''))) {
    if (!requireName) return undefined;
    const range = port.port?.range ?? name?.keyRange ?? port.node.range;
    return { ruleId, range, path, message: port.port ? t('rule.svc-port-name-invalid.requiredPort', path, port.port.value) : t('rule.svc-port-name-invalid.required', path), data: { reason: NAME_REQUIRED } };
  }
  if (!isScalar(name) || typeof name.value !== 'string') return undefined;
  const problem = dns1123LabelProblem(name.value);
  if (problem) return { ruleId, range: name.range, path, message: `${path} ${quote(name.value)}: ${problem}` };
  const first = seen.get(name.value);
  if (!first) {
    seen.set(name.value, port);
    return undefined;
  }
  const firstName = getKey(first.node, 'name')!;
  return {
    ruleId,
    range: name.range,
    path,
    message: t('rule.svc-port-name-invalid.duplicate', path, quote(name.value), first.index),
    related: [{ resource, range: firstName.range, message: `${pathOf(firstName)} ${quote(name.value)}` }],
  };
}
