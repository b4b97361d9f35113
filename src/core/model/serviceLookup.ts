// Finding the Service a StatefulSet names in `spec.serviceName`, shared by the sts-service-* rules.
// Services are looked up in everything checked together (ctx.index), as kube-score's
// statefulset-has-servicename does over its inputs (docs/validation.md §7).
import { getPath, toStringMap } from './access';
import { mapSelects } from './labels';
import { NearNames } from '../schema/closestName';
import { isDns1035Label } from './names';
import type { Resource } from './resource';
import { isHeadless, serviceSelectorNode } from './service';
import { serviceNameOf, templateLabels } from './statefulSet';
import type { Located, Range } from './types';
import type { RelatedInfo } from './resource';
import type { ResourceIndex } from './resourceIndex';

export interface ServiceLookup {
  readonly serviceName: Located<string>;
  readonly namespace: string;
  readonly labels: ReadonlyMap<string, string>;
  /** Services of that name in the StatefulSet's namespace, the most fitting first. */
  readonly sameNamespace: readonly Resource[];
  /** Services of that name in other namespaces. */
  readonly otherNamespaces: readonly Resource[];
  /** Names of headless Services in the namespace, those selecting the pods first (quick-fix candidates). */
  readonly headlessServices: readonly string[];
}

// Five rules ask the same question of each StatefulSet in one pass: answer it once per index.
const lookups = new WeakMap<ResourceIndex, WeakMap<Resource, ServiceLookup | undefined>>();
const headlessByNamespace = new WeakMap<ResourceIndex, Map<string, HeadlessInNamespace>>();

/**
 * The Services a StatefulSet's `spec.serviceName` may mean; undefined when serviceName is unset or
 * cannot name a Service at all (sts-service-name-missing / -not-dns1035 report those).
 */
export function lookUpService(sts: Resource, index: ResourceIndex): ServiceLookup | undefined {
  let perIndex = lookups.get(index);
  if (!perIndex) lookups.set(index, (perIndex = new WeakMap()));
  if (perIndex.has(sts)) return perIndex.get(sts);
  const lookup = computeLookup(sts, index);
  perIndex.set(sts, lookup);
  return lookup;
}

function computeLookup(sts: Resource, index: ResourceIndex): ServiceLookup | undefined {
  const serviceName = serviceNameOf(sts);
  if (!serviceName || !isDns1035Label(serviceName.value)) return undefined;
  const labels = templateLabels(sts);
  const sameNamespace = index.namedIn('Service', sts.namespace, serviceName.value);
  let otherNamespaces: Resource[] | undefined;
  let headless: string[] | undefined;
  const rank = (svc: Resource) => problemCount(svc, labels) * 2 + (svc.uri === sts.uri ? 0 : 1);
  return {
    serviceName,
    namespace: sts.namespace,
    labels,
    sameNamespace: [...sameNamespace].sort((a, b) => rank(a) - rank(b)),
    // Asked for only when none is in the namespace: a name used in every namespace costs nothing.
    get otherNamespaces() {
      return (otherNamespaces ??= index.named('Service', serviceName.value).filter((svc) => svc.namespace !== sts.namespace));
    },
    // Only quick-fix data needs it, and only when there is a finding: computed on first use.
    get headlessServices() {
      return (headless ??= headlessServicesNear(sts, index, labels, serviceName.value));
    },
  };
}

/** The Service the StatefulSet gets: the fittest one of that name in its namespace. */
export function chosenService(lookup: ServiceLookup): Resource | undefined {
  return lookup.sameNamespace[0];
}

function problemCount(svc: Resource, labels: ReadonlyMap<string, string>): number {
  const selector = serviceSelectorNode(svc);
  return (isHeadless(svc) ? 0 : 2) + (selector && mapSelects(toStringMap(selector), labels) ? 0 : 1);
}

/** How many headless Service names a lookup offers (the message shows three, the quick fix picks one). */
export const MAX_HEADLESS_CANDIDATES = 10;
/** Services a lookup checks for selecting the pods, however many share a selector pair. */
const MAX_SELECTOR_CHECKS = 256;

/** The headless Services of one namespace, indexed once per pass for the lookups of every StatefulSet. */
interface HeadlessInNamespace {
  /** In document order. */
  readonly services: Resource[];
  readonly positions: Map<Resource, number>;
  readonly selectors: Map<Resource, ReadonlyMap<string, string>>;
  /** By the first pair of the selector (`key\0value`): a Service can select pods only if they have it. */
  readonly byFirstPair: Map<string, Resource[]>;
  /** Those with an empty selector, which selects every pod. */
  readonly selectEverything: Resource[];
  near?: NearNames;
}

function headlessIn(index: ResourceIndex, namespace: string): HeadlessInNamespace | undefined {
  let byNamespace = headlessByNamespace.get(index);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const svc of index.ofKind('Service')) {
      if (!svc.name || !isHeadless(svc)) continue;
      let entry = byNamespace.get(svc.namespace);
      if (!entry) byNamespace.set(svc.namespace, (entry = emptyNamespace()));
      fileHeadless(entry, svc);
    }
    headlessByNamespace.set(index, byNamespace);
  }
  return byNamespace.get(namespace);
}

function emptyNamespace(): HeadlessInNamespace {
  return { services: [], positions: new Map(), selectors: new Map(), byFirstPair: new Map(), selectEverything: [] };
}

function fileHeadless(entry: HeadlessInNamespace, svc: Resource): void {
  entry.positions.set(svc, entry.services.length);
  entry.services.push(svc);
  const node = serviceSelectorNode(svc);
  if (!node) return;
  const selector = toStringMap(node);
  entry.selectors.set(svc, selector);
  const first = selector.entries().next();
  if (first.done) entry.selectEverything.push(svc);
  else push(entry.byFirstPair, pairKey(...first.value), svc);
}

function pairKey(key: string, value: string): string {
  return `${key}\0${value}`;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Quick-fix candidates: the headless Services of the namespace that select the pods, then those
 * whose name is a near miss of serviceName, then the others, at most MAX_HEADLESS_CANDIDATES.
 * Each step is bounded, so 10,000 StatefulSets naming missing Services cost what 10,000 that find
 * theirs do, instead of each one scanning every Service.
 */
function headlessServicesNear(sts: Resource, index: ResourceIndex, labels: ReadonlyMap<string, string>, serviceName: string): string[] {
  const entry = headlessIn(index, sts.namespace);
  if (!entry) return [];
  const names = new Set<string>();
  const add = (name: string) => names.size < MAX_HEADLESS_CANDIDATES && names.add(name);
  for (const svc of selectingServices(entry, labels)) add(svc.name!.value);
  entry.near ??= new NearNames(entry.services.map((svc) => svc.name!.value));
  for (const name of entry.near.near(serviceName, MAX_HEADLESS_CANDIDATES)) add(name);
  for (const svc of entry.services) {
    if (names.size >= MAX_HEADLESS_CANDIDATES) break;
    add(svc.name!.value);
  }
  return [...names];
}

/** The Services whose selector selects `labels`, in document order, found through byFirstPair. */
function selectingServices(entry: HeadlessInNamespace, labels: ReadonlyMap<string, string>): Resource[] {
  const candidates = entry.selectEverything.slice(0, MAX_SELECTOR_CHECKS);
  for (const [key, value] of labels) {
    for (const svc of entry.byFirstPair.get(pairKey(key, value)) ?? []) {
      if (candidates.length >= MAX_SELECTOR_CHECKS) break;
      candidates.push(svc);
    }
  }
  const selecting = candidates.filter((svc) => mapSelects(entry.selectors.get(svc)!, labels));
  const position = (svc: Resource) => entry.positions.get(svc)!;
  return selecting.sort((a, b) => position(a) - position(b));
}

/** The `data` every sts-service-* finding carries for its quick fixes. */
export function lookupData(lookup: ServiceLookup, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    serviceName: lookup.serviceName.value,
    namespace: lookup.namespace,
    templateLabels: Object.fromEntries(lookup.labels),
    headlessServices: [...lookup.headlessServices],
    ...extra,
  };
}

/** Related information pointing at a Service: at `path` when present, else at its name. */
export function relatedAt(svc: Resource, path: string | undefined, message: string): RelatedInfo {
  const node = path ? getPath(svc.root, path) : undefined;
  let range: Range = svc.name?.range ?? svc.kind.range;
  if (node) range = node.kind === 'scalar' ? node.range : node.keyRange ?? node.range;
  return { resource: svc, range, message };
}
