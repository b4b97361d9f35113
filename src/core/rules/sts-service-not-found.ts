import { getPath, toStringMap } from '../model/access';
import { mapSelects } from '../model/labels';
import { quote } from '../model/names';
import { isHeadless, serviceSelectorNode } from '../model/service';
import { templateLabels } from '../model/statefulSet';
import { isScalar } from '../model/types';
import { editDistance } from '../schema/closestName';
import { appendDocument, editTargetOf, replaceScalar, type EditTarget } from './edit/yamlEdits';
import { draftHeadlessService } from './edit/serviceDraft';
import { lookUpService, lookupData } from '../model/serviceLookup';
import { atServiceName } from './governingService';
import { defineRule, type FixContext } from './defineRule';
import type { Fix, RuleContext } from './types';
import { readsGoverningService } from './crossFileReads';

export default defineRule({
  id: 'sts-service-not-found',
  meta: {
    severity: 'warning', appliesTo: ['StatefulSet'], scope: 'workspace', dependsOn: readsGoverningService, changesRollout: true,
    docs: {
      summary:
        'No Service named by `spec.serviceName` was found in any file checked. The StatefulSet controller does not create it: without a headless Service of that name the pods get no stable DNS names (web-0.nginx). It may be defined in a file that was not checked.',
      remediation:
        "Create a headless Service (`clusterIP: None`) with that name in the StatefulSet's namespace, whose `spec.selector` matches the pod template labels, or point `spec.serviceName` at the existing one.",
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations',
    },
  },
  messages: {
    message:
      'spec.serviceName {0} matches no Service in the files checked (it may be defined elsewhere): pods get DNS names only from a headless Service of that name in namespace {1}{2}',
    hint: '; headless Services in this namespace: {0}',
    'fix.create': 'Create headless Service {0}',
    'fix.rename': 'Change serviceName to {0}',
  },
  check(ctx) {
    const { resource, index } = ctx;
    const lookup = lookUpService(resource, index);
    if (!lookup || lookup.sameNamespace.length > 0 || lookup.otherNamespaces.length > 0) return;
    const { serviceName } = lookup;
    const names = lookup.headlessServices;
    const listed = names.slice(0, 3).map((n) => quote(n)).join(', ') + (names.length > 3 ? ', …' : '');
    const hint = names.length > 0 ? ctx.t('hint', listed) : '';
    ctx.report({
      ...atServiceName(lookup),
      messageId: 'message', args: [quote(serviceName.value), quote(lookup.namespace), hint],
      data: lookupData(lookup),
    });
  },
  fixes(finding, ctx) {
    const target = editTargetOf(ctx.resource, ctx);
    const serviceName = finding.data?.serviceName;
    if (!target || typeof serviceName !== 'string') return [];
    const create: Fix = {
      title: ctx.t('fix.create', quote(serviceName)),
      isPreferred: true,
      edits: [appendDocument(target, ctx.resource.root, draftHeadlessService(ctx.resource, serviceName))],
    };
    const candidates = finding.data?.headlessServices;
    const closest = Array.isArray(candidates) ? closestService(serviceName, candidates.filter((c) => typeof c === 'string'), ctx) : undefined;
    const rename = closest !== undefined ? renameFix(target, ctx, closest) : undefined;
    return rename ? [create, rename] : [create];
  },
});

/** The headless Service to point at instead: those selecting the pods first, then by edit distance. */
function closestService(name: string, candidates: readonly string[], ctx: RuleContext): string | undefined {
  const labels = templateLabels(ctx.resource);
  const selects = (candidate: string) =>
    ctx.index.named('Service', candidate).some((svc) => {
      const selector = serviceSelectorNode(svc);
      return svc.namespace === ctx.resource.namespace && isHeadless(svc) && selector !== undefined && mapSelects(toStringMap(selector), labels);
    });
  const ranked = candidates.map((candidate) => ({ candidate, selects: selects(candidate), distance: editDistance(name, candidate) }));
  ranked.sort((a, b) => Number(b.selects) - Number(a.selects) || a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return ranked[0]?.candidate;
}

function renameFix(target: EditTarget, ctx: FixContext<'fix.rename'>, name: string): Fix | undefined {
  const node = getPath(ctx.resource.root, 'spec.serviceName');
  if (!isScalar(node)) return undefined;
  return { title: ctx.t('fix.rename', quote(name)), edits: [replaceScalar(target, node, name)] };
}
