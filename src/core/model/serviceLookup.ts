// Finding the Service a StatefulSet names in `spec.serviceName`, shared by the sts-service-* rules.
// Services are looked up in everything checked together (ctx.index), as kube-score's
// statefulset-has-servicename does over its inputs (docs/validation.md §7).
import { getPath, toStringMap } from './access';
import { mapSelects } from './labels';
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
const headlessByNamespace = new WeakMap<ResourceIndex, Map<string, Resource[]>>();

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
  const named = index.named('Service', serviceName.value);
  const sameNamespace = named.filter((svc) => svc.namespace === sts.namespace);
  let headless: string[] | undefined;
  const rank = (svc: Resource) => problemCount(svc, labels) * 2 + (svc.uri === sts.uri ? 0 : 1);
  return {
    serviceName,
    namespace: sts.namespace,
    labels,
    sameNamespace: [...sameNamespace].sort((a, b) => rank(a) - rank(b)),
    otherNamespaces: named.filter((svc) => svc.namespace !== sts.namespace),
    // Only quick-fix data needs it, and only when there is a finding: computed on first use.
    get headlessServices() {
      return (headless ??= headlessServicesNear(sts, index, labels));
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

function headlessServicesIn(index: ResourceIndex, namespace: string): readonly Resource[] {
  let byNamespace = headlessByNamespace.get(index);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const svc of index.ofKind('Service')) {
      if (!svc.name || !isHeadless(svc)) continue;
      const list = byNamespace.get(svc.namespace);
      if (list) list.push(svc);
      else byNamespace.set(svc.namespace, [svc]);
    }
    headlessByNamespace.set(index, byNamespace);
  }
  return byNamespace.get(namespace) ?? [];
}

function headlessServicesNear(sts: Resource, index: ResourceIndex, labels: ReadonlyMap<string, string>): string[] {
  const scored = headlessServicesIn(index, sts.namespace).map((svc) => ({ name: svc.name!.value, selects: selectsPods(svc, labels) }));
  scored.sort((a, b) => Number(b.selects) - Number(a.selects));
  return [...new Set(scored.map((s) => s.name))];
}

function selectsPods(svc: Resource, labels: ReadonlyMap<string, string>): boolean {
  const selector = serviceSelectorNode(svc);
  return selector !== undefined && mapSelects(toStringMap(selector), labels);
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
