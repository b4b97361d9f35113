// Which closed files' resources a request about some resources needs, read from the compact
// index: what the core's cross-file look-ups ask the ResourceIndex for (model/serviceLookup.ts,
// the sts-service-* rules, navigate/ and docs/contextHover.ts), answered by name, namespace and
// selector. Only those documents are re-parsed; every other closed file stays a summary.
import { closestName, pairsSelect, type ResourceSummary } from '../core/index';
import { ClosedIndex, type SummaryRef } from './closedIndex';

/** As the core's lookup: quick-fix candidates, and Services checked for selecting the pods. */
const MAX_CANDIDATES = 10;
const MAX_SELECTING = 256;

/** The closed resources relevant to `summaries` (the resources a check, hover or navigation is about). */
export function relevantRefs(summaries: readonly ResourceSummary[], closed: ClosedIndex): SummaryRef[] {
  const found = new Set<SummaryRef>();
  const add = (refs: readonly SummaryRef[]) => refs.forEach((ref) => found.add(ref));
  for (const summary of summaries) {
    if (summary.type === 'StatefulSet') add(forStatefulSet(summary, closed));
    else if (summary.type === 'Service') add(forService(summary, closed));
  }
  return [...found];
}

/** Its Service (any namespace), that Service's endpoints, and the headless Services a fix may offer. */
function forStatefulSet(sts: ResourceSummary, closed: ClosedIndex): SummaryRef[] {
  const out: SummaryRef[] = [];
  const name = sts.serviceName;
  if (name !== undefined) out.push(...closed.named('Service', name), ...closed.named('Endpoints', name), ...closed.slicesFor(name));
  const headless = closed.inNamespace('Service', sts.namespace).filter((ref) => ref.summary.headless && ref.summary.name !== undefined);
  const labels = sts.templateLabels ?? [];
  out.push(...ClosedIndex.firstMatching(headless, (svc) => svc.selector !== undefined && pairsSelect(svc.selector, labels), MAX_SELECTING));
  const near = name === undefined ? undefined : closestName(name, headless.map((ref) => ref.summary.name!));
  if (near !== undefined) out.push(...headless.filter((ref) => ref.summary.name === near));
  out.push(...headless.slice(0, MAX_CANDIDATES));
  return out;
}

/** The StatefulSets it governs or selects, and its endpoints. */
function forService(svc: ResourceSummary, closed: ClosedIndex): SummaryRef[] {
  if (svc.name === undefined) return [];
  const governed = closed.statefulSetsNaming(svc.name).filter((ref) => ref.summary.namespace === svc.namespace);
  const selector = svc.selector;
  const selects = (sts: ResourceSummary) => selector !== undefined && pairsSelect(selector, sts.templateLabels ?? []);
  const selected = selector ? ClosedIndex.firstMatching(closed.inNamespace('StatefulSet', svc.namespace), selects, MAX_SELECTING) : [];
  return [...governed, ...selected, ...closed.named('Endpoints', svc.name), ...closed.slicesFor(svc.name)];
}
