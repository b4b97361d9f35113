import { t } from '../l10n/messages';
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
import { ruleDocs, type Fix, type Rule, type RuleContext } from './types';

export const stsServiceNotFound: Rule = {
  id: 'sts-service-not-found',
  appliesTo: ['StatefulSet'],
  severity: 'warning',
  scope: 'workspace',
  docs: ruleDocs('sts-service-not-found', 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations'),
  check({ resource, index }) {
    const lookup = lookUpService(resource, index);
    if (!lookup || lookup.sameNamespace.length > 0 || lookup.otherNamespaces.length > 0) return [];
    const { serviceName } = lookup;
    const names = lookup.headlessServices;
    const listed = names.slice(0, 3).map((n) => quote(n)).join(', ') + (names.length > 3 ? ', …' : '');
    const hint = names.length > 0 ? t('rule.sts-service-not-found.hint', listed) : '';
    return [
      {
        ruleId: this.id,
        range: serviceName.range,
        path: 'spec.serviceName',
        message: t('rule.sts-service-not-found.message', quote(serviceName.value), quote(lookup.namespace), hint),
        data: lookupData(lookup),
      },
    ];
  },
  fixes(finding, ctx) {
    const target = editTargetOf(ctx.resource, ctx);
    const serviceName = finding.data?.serviceName;
    if (!target || typeof serviceName !== 'string') return [];
    const create: Fix = {
      title: t('rule.sts-service-not-found.fix.create', quote(serviceName)),
      isPreferred: true,
      edits: [appendDocument(target, ctx.resource.root, draftHeadlessService(ctx.resource, serviceName))],
    };
    const candidates = finding.data?.headlessServices;
    const closest = Array.isArray(candidates) ? closestService(serviceName, candidates.filter((c) => typeof c === 'string'), ctx) : undefined;
    const rename = closest !== undefined ? renameFix(target, ctx, closest) : undefined;
    return rename ? [create, rename] : [create];
  },
};

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

function renameFix(target: EditTarget, ctx: RuleContext, name: string): Fix | undefined {
  const node = getPath(ctx.resource.root, 'spec.serviceName');
  if (!isScalar(node)) return undefined;
  return { title: t('rule.sts-service-not-found.fix.rename', quote(name)), edits: [replaceScalar(target, node, name)] };
}
