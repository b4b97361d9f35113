// What a pod template asks of the scheduler, read once per revision from its plain JSON: resource
// requests (the sum over containers, as computePodResourceRequest adds them), nodeSelector,
// required node affinity, required pod anti-affinity and topologySpreadConstraints with
// DoNotSchedule. Terms whose label selector does not select the set's own pods are left out: the
// simulated cluster has no other pods for them to match.
import type { LabelSelector, Requirement } from '../model/labels';
import { selectorMatches } from '../model/labels';
import { quantityValue } from '../model/quantityValue';
import { isObject } from './spec';

export interface SpreadConstraint {
  readonly key: string;
  readonly maxSkew: number;
}

export interface Placement {
  readonly cpu: number;
  readonly memory: number;
  readonly nodeSelector: ReadonlyMap<string, string>;
  /** requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms (any one must match); null: none. */
  readonly nodeAffinity: readonly LabelSelector[] | null;
  /** Topology keys of required anti-affinity terms that select the set's own pods. */
  readonly antiAffinityKeys: readonly string[];
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

function nodeAffinity(podSpec: unknown): LabelSelector[] | null {
  const terms = at(podSpec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms');
  if (!Array.isArray(terms)) return null;
  return terms.map((term) => ({ matchLabels: new Map(), matchExpressions: toRequirements(at(term, 'matchExpressions')) }));
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
    nodeSelector: stringMap(at(podSpec, 'nodeSelector')),
    nodeAffinity: nodeAffinity(podSpec),
    antiAffinityKeys: antiAffinity.filter((term) => selects(at(term, 'labelSelector'))).map((term) => String(at(term, 'topologyKey'))),
    spread: spread
      .filter((c) => c.whenUnsatisfiable === 'DoNotSchedule' && selects(c.labelSelector))
      .map((c) => ({ key: String(c.topologyKey), maxSkew: typeof c.maxSkew === 'number' && c.maxSkew > 0 ? c.maxSkew : 1 })),
  };
}
