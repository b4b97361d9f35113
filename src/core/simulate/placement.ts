// What a pod template asks of the scheduler, read once per revision from its plain JSON: resource
// requests (the sum over containers, as computePodResourceRequest adds them), tolerations (with
// the DefaultTolerationSeconds admission plugin's), nodeSelector, required and preferred node
// affinity, required pod anti-affinity, preferred pod affinity and anti-affinity, and
// topologySpreadConstraints with DoNotSchedule. Terms whose label selector does not select the
// set's own pods are left out: the simulated cluster has no other pods for them to match.
import type { LabelSelector, Requirement } from '../model/labels';
import { selectorMatches } from '../model/labels';
import { quantityValue } from '../model/quantityValue';
import type { NodeSelectorTerm, PreferredTerm } from './nodeAffinity';
import { isObject } from './spec';
import { toTolerations, withDefaultTolerations, type Toleration } from './taints';

export interface SpreadConstraint {
  readonly key: string;
  readonly maxSkew: number;
}

/** A preferred pod affinity (weight > 0) or anti-affinity (weight < 0) term that selects the set's own pods. */
export interface PreferredPodTerm {
  readonly key: string;
  readonly weight: number;
}

export interface Placement {
  readonly cpu: number;
  readonly memory: number;
  /** The pod's tolerations as admitted: its own, and the default unreachable one unless it has its own. */
  readonly tolerations: readonly Toleration[];
  readonly nodeSelector: ReadonlyMap<string, string>;
  /** requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms (any one must match); null: none. */
  readonly nodeAffinity: readonly NodeSelectorTerm[] | null;
  /** preferredDuringSchedulingIgnoredDuringExecution of nodeAffinity, weight 1–100. */
  readonly preferredNodeAffinity: readonly PreferredTerm[];
  /** Topology keys of required anti-affinity terms that select the set's own pods. */
  readonly antiAffinityKeys: readonly string[];
  /** Preferred podAffinity terms (positive weight) and podAntiAffinity terms (negative weight). */
  readonly preferredPodAffinity: readonly PreferredPodTerm[];
  readonly spread: readonly SpreadConstraint[];
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const at = (value: unknown, ...path: string[]): unknown => path.reduce((v, key) => (isObject(v) ? v[key] : undefined), value);

function stringMap(value: unknown): Map<string, string> {
  return new Map(isObject(value) ? Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string') : []);
}

function toRequirements(value: unknown): Requirement[] {
  return list(value).filter(isObject).map((r) => ({ key: String(r.key), operator: String(r.operator), values: list(r.values).map(String) }));
}

function toSelector(value: unknown): LabelSelector | undefined {
  if (!isObject(value)) return undefined;
  return { matchLabels: stringMap(value.matchLabels), matchExpressions: toRequirements(value.matchExpressions) };
}

function amount(value: unknown): number {
  if (typeof value !== 'string' && typeof value !== 'number') return 0;
  const quantity = quantityValue(value);
  return quantity ? Number(quantity.num) / Number(quantity.den) : 0;
}

function requests(podSpec: unknown): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const container of list(at(podSpec, 'containers'))) {
    cpu += amount(at(container, 'resources', 'requests', 'cpu'));
    memory += amount(at(container, 'resources', 'requests', 'memory'));
  }
  return { cpu, memory };
}

function nodeAffinity(podSpec: unknown): NodeSelectorTerm[] | null {
  const terms = at(podSpec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms');
  if (!Array.isArray(terms)) return null;
  return terms.map((term) => ({ matchExpressions: toRequirements(at(term, 'matchExpressions')) }));
}

const weightOf = (term: unknown): number => {
  const weight = at(term, 'weight');
  return typeof weight === 'number' ? weight : 0;
};

/** NodeAffinity's preferred terms; a term of weight 0 counts for nothing (newPreferredSchedulingTerms skips it). */
function preferredNodeAffinity(podSpec: unknown): PreferredTerm[] {
  return list(at(podSpec, 'affinity', 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution'))
    .filter((term) => weightOf(term) !== 0)
    .map((term) => ({ weight: weightOf(term), term: { matchExpressions: toRequirements(at(term, 'preference', 'matchExpressions')) } }));
}

/** getWeightedAffinityTerms for podAffinity (+weight) and podAntiAffinity (−weight), the terms that select the set's pods. */
function preferredPodAffinity(podSpec: unknown, selects: (selector: unknown) => boolean): PreferredPodTerm[] {
  const terms = (kind: string, sign: number) =>
    list(at(podSpec, 'affinity', kind, 'preferredDuringSchedulingIgnoredDuringExecution'))
      .filter((term) => weightOf(term) !== 0 && selects(at(term, 'podAffinityTerm', 'labelSelector')))
      .map((term) => ({ key: String(at(term, 'podAffinityTerm', 'topologyKey')), weight: sign * weightOf(term) }));
  return [...terms('podAffinity', 1), ...terms('podAntiAffinity', -1)];
}

/** Placement of a revision's template; `labels` are its pods' labels. */
export function toPlacement(template: unknown): Placement {
  const podSpec = at(template, 'spec');
  const labels = stringMap(at(template, 'metadata', 'labels'));
  const selects = (selector: unknown) => {
    const parsed = toSelector(selector);
    return parsed !== undefined && selectorMatches(parsed, labels);
  };
  const antiAffinity = list(at(podSpec, 'affinity', 'podAntiAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'));
  const spread = list(at(podSpec, 'topologySpreadConstraints')).filter(isObject);
  return {
    ...requests(podSpec),
    tolerations: withDefaultTolerations(toTolerations(podSpec)),
    nodeSelector: stringMap(at(podSpec, 'nodeSelector')),
    nodeAffinity: nodeAffinity(podSpec),
    preferredNodeAffinity: preferredNodeAffinity(podSpec),
    preferredPodAffinity: preferredPodAffinity(podSpec, selects),
    antiAffinityKeys: antiAffinity.filter((term) => selects(at(term, 'labelSelector'))).map((term) => String(at(term, 'topologyKey'))),
    spread: spread
      .filter((c) => c.whenUnsatisfiable === 'DoNotSchedule' && selects(c.labelSelector))
      .map((c) => ({ key: String(c.topologyKey), maxSkew: typeof c.maxSkew === 'number' && c.maxSkew > 0 ? c.maxSkew : 1 })),
  };
}
