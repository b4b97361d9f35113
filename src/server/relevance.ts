// Which closed files' resources a request about some resources needs, read from the compact
// index: what the core's cross-file look-ups ask the ResourceIndex for (model/serviceLookup.ts,
// the sts-service-* rules, pdb-blocks-eviction, navigate/ and docs/contextHover.ts), answered by
// name, namespace and selector. Only those documents are re-parsed; every other closed file stays a
// summary. Each answer comes from the index's look-ups (closedLookups.ts), not from a scan of the
// namespace: re-checking every closed file would otherwise cost the square of a namespace's size.
import { closestName, pairsSelect, type LabelPairs, type ResourceSummary } from '../core/index';
import { ClosedIndex, type SummaryRef } from './closedIndex';
import { pairKey, type HeadlessServices } from './closedLookups';

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
    else if (summary.type === 'PodDisruptionBudget' && summary.selector) add(selectedStatefulSets(summary.selector, summary.namespace, closed));
  }
  return [...found];
}

/** Its Service (any namespace), that Service's endpoints, and the headless Services a fix may offer. */
function forStatefulSet(sts: ResourceSummary, closed: ClosedIndex): SummaryRef[] {
  const out: SummaryRef[] = [];
  const name = sts.serviceName;
  if (name !== undefined) out.push(...closed.named('Service', name), ...closed.named('Endpoints', name), ...closed.slicesFor(name));
  const headless = closed.headlessIn(sts.namespace);
  if (!headless) return out;
  out.push(...selectingHeadless(headless, sts.templateLabels ?? []));
  const near = name === undefined ? undefined : nearestHeadlessName(headless, name);
  if (near !== undefined) out.push(...(headless.byName.get(near) ?? []));
  out.push(...headless.refs.slice(0, MAX_CANDIDATES));
  return out;
}

/** The first MAX_SELECTING headless Services selecting `labels`, in index order, found by their selector's first pair. */
function selectingHeadless(headless: HeadlessServices, labels: LabelPairs): SummaryRef[] {
  const candidates = [...headless.selectEverything];
  for (const pair of labels) candidates.push(...(headless.byFirstPair.get(pairKey('', pair)) ?? []));
  const selecting = candidates.filter((ref) => pairsSelect(ref.summary.selector!, labels));
  selecting.sort((a, b) => headless.positions.get(a)! - headless.positions.get(b)!);
  return selecting.slice(0, MAX_SELECTING);
}

/**
 * closestName over the namespace's headless names: a name that differs at most in case is looked
 * up; only a StatefulSet whose Service is missing there compares names (the quick fix's near miss).
 */
function nearestHeadlessName(headless: HeadlessServices, name: string): string | undefined {
  return headless.firstByLowerName.get(name.toLowerCase()) ?? closestName(name, [...headless.byName.keys()]);
}

/** The StatefulSets it governs or selects (the first MAX_SELECTING, found by a selector pair), and its endpoints. */
function forService(svc: ResourceSummary, closed: ClosedIndex): SummaryRef[] {
  if (svc.name === undefined) return [];
  const governed = closed.statefulSetsNaming(svc.name).filter((ref) => ref.summary.namespace === svc.namespace);
  const selected = svc.selector ? selectedStatefulSets(svc.selector, svc.namespace, closed) : [];
  return [...governed, ...selected, ...closed.named('Endpoints', svc.name), ...closed.slicesFor(svc.name)];
}

/**
 * The first MAX_SELECTING StatefulSets of the namespace whose template carries every pair (a
 * Service's selector; a budget's matchLabels, whose expressions the rule then checks).
 */
function selectedStatefulSets(selector: LabelPairs, namespace: string, closed: ClosedIndex): SummaryRef[] {
  if (selector.length === 0) return closed.inNamespace('StatefulSet', namespace).slice(0, MAX_SELECTING);
  // Every StatefulSet selected carries each pair: the shortest of those lists holds them all, in index order.
  const lists = selector.map((pair) => closed.statefulSetsLabelled(namespace, pair));
  const smallest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  return ClosedIndex.firstMatching(smallest, (sts) => pairsSelect(selector, sts.templateLabels ?? []), MAX_SELECTING);
}
