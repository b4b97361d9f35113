// The look-ups of the compact index (closedIndex.ts), built once per change of the index and
// extended file by file while it is indexed: by the keys the cross-file rules read (relevance.ts),
// so answering a request costs a few map reads, never a scan of a namespace's resources. Each list
// keeps index order, as the scans it replaces returned them.
import type { ResourceSummary } from '../core/index';

/** One resource of a closed file. */
export interface SummaryRef {
  readonly uri: string;
  readonly summary: ResourceSummary;
}

/** EndpointSlices name their Service in this label (sts-service-no-selector looks them up by it). */
const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** The headless Services (with a name) of one namespace, as the core's serviceLookup.ts files them. */
export interface HeadlessServices {
  /** In index order. */
  readonly refs: SummaryRef[];
  readonly positions: Map<SummaryRef, number>;
  readonly byName: Map<string, SummaryRef[]>;
  /** The first name of each lower-cased name: closestName's same-case match, without a scan. */
  readonly firstByLowerName: Map<string, string>;
  /** By the first pair of the selector: a Service can select pods only if they carry it. */
  readonly byFirstPair: Map<string, SummaryRef[]>;
  /** Those with an empty selector, which selects every pod. */
  readonly selectEverything: SummaryRef[];
}

export interface Lookups {
  readonly byType: Map<string, SummaryRef[]>;
  readonly byTypeAndName: Map<string, SummaryRef[]>;
  readonly statefulSetsByServiceName: Map<string, SummaryRef[]>;
  readonly byTypeAndNamespace: Map<string, SummaryRef[]>;
  readonly slicesByServiceName: Map<string, SummaryRef[]>;
  readonly headlessByNamespace: Map<string, HeadlessServices>;
  /** StatefulSets by namespace and each pair of their pod template labels (`pairKey`). */
  readonly statefulSetsByLabel: Map<string, SummaryRef[]>;
}

export function emptyLookups(): Lookups {
  return {
    byType: new Map(),
    byTypeAndName: new Map(),
    statefulSetsByServiceName: new Map(),
    byTypeAndNamespace: new Map(),
    slicesByServiceName: new Map(),
    headlessByNamespace: new Map(),
    statefulSetsByLabel: new Map(),
  };
}

/** `namespace\0key\0value` (namespace '' for a key without one). */
export function pairKey(namespace: string, [key, value]: readonly [string, string]): string {
  return `${namespace}\0${key}\0${value}`;
}

export function addLookups(lookups: Lookups, ref: SummaryRef): void {
  const { summary } = ref;
  push(lookups.byType, summary.type, ref);
  push(lookups.byTypeAndNamespace, `${summary.type}\0${summary.namespace}`, ref);
  if (summary.name !== undefined) push(lookups.byTypeAndName, `${summary.type}\0${summary.name}`, ref);
  if (summary.serviceName !== undefined) push(lookups.statefulSetsByServiceName, summary.serviceName, ref);
  const sliceOf = summary.type === 'EndpointSlice' ? summary.labels.find(([key]) => key === SERVICE_NAME_LABEL)?.[1] : undefined;
  if (sliceOf !== undefined) push(lookups.slicesByServiceName, sliceOf, ref);
  if (summary.type === 'StatefulSet') for (const pair of summary.templateLabels ?? []) push(lookups.statefulSetsByLabel, pairKey(summary.namespace, pair), ref);
  if (summary.type === 'Service' && summary.headless && summary.name !== undefined) fileHeadless(lookups.headlessByNamespace, ref, summary.name);
}

function fileHeadless(byNamespace: Map<string, HeadlessServices>, ref: SummaryRef, name: string): void {
  const { namespace, selector } = ref.summary;
  let entry = byNamespace.get(namespace);
  if (!entry) {
    entry = { refs: [], positions: new Map(), byName: new Map(), firstByLowerName: new Map(), byFirstPair: new Map(), selectEverything: [] };
    byNamespace.set(namespace, entry);
  }
  entry.positions.set(ref, entry.refs.length);
  entry.refs.push(ref);
  push(entry.byName, name, ref);
  if (!entry.firstByLowerName.has(name.toLowerCase())) entry.firstByLowerName.set(name.toLowerCase(), name);
  if (selector === undefined) return;
  if (selector.length === 0) entry.selectEverything.push(ref);
  else push(entry.byFirstPair, pairKey('', selector[0]), ref);
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
