// Node selector terms as the scheduler's NodeAffinity plugin evaluates them, after kubernetes
// staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity (nodeSelectorTerm.match,
// nodeSelectorRequirementsAsSelector: In, NotIn, Exists, DoesNotExist, and the numeric Gt and Lt,
// which need the label and its value as an integer), and its Score (the weights of the preferred
// terms a node matches) with DefaultNormalizeScore.
import { matchesRequirement, type Requirement } from '../model/labels';

export interface NodeSelectorTerm {
  readonly matchExpressions: readonly Requirement[];
}

export interface PreferredTerm {
  readonly weight: number;
  readonly term: NodeSelectorTerm;
}

/** framework.MaxNodeScore: every plugin's normalised score is 0 to 100. */
export const MAX_NODE_SCORE = 100;

const INTEGER = /^[+-]?\d+$/;

/** Gt/Lt: one value, the label present, both integers (strconv.ParseInt), compared as numbers. */
function compares(req: Requirement, value: string | undefined, greater: boolean): boolean {
  if (value === undefined || req.values.length !== 1 || !INTEGER.test(value) || !INTEGER.test(req.values[0])) return false;
  const [label, bound] = [Number(value), Number(req.values[0])];
  return greater ? label > bound : label < bound;
}

/** A node selector requirement: the label selector's operators, and Gt and Lt. */
function matchesNodeRequirement(req: Requirement, labels: ReadonlyMap<string, string>): boolean {
  if (req.operator === 'Gt' || req.operator === 'Lt') return compares(req, labels.get(req.key), req.operator === 'Gt');
  return matchesRequirement(req, labels);
}

/** nodeSelectorTerm.match: every requirement holds; an empty term matches no node. */
export function matchesTerm(term: NodeSelectorTerm, labels: ReadonlyMap<string, string>): boolean {
  return term.matchExpressions.length > 0 && term.matchExpressions.every((req) => matchesNodeRequirement(req, labels));
}

/** NodeAffinity.Score: the sum of the weights of the preferred terms the node matches. */
export function preferredNodeScore(terms: readonly PreferredTerm[], labels: ReadonlyMap<string, string>): number {
  let score = 0;
  for (const { weight, term } of terms) if (matchesTerm(term, labels)) score += weight;
  return score;
}

/** helper.DefaultNormalizeScore (not reversed): each score × 100 / the highest, in integers; all 0 when the highest is 0. */
export function defaultNormalizeScore(scores: readonly number[]): number[] {
  const max = Math.max(0, ...scores);
  return scores.map((score) => (max === 0 ? 0 : Math.trunc((MAX_NODE_SCORE * score) / max)));
}

/**
 * InterPodAffinity.NormalizeScore: (score − lowest) × 100 / (highest − lowest), truncated, where the
 * lowest and highest start at 0 (maxCount, minCount); all 0 when they are equal.
 */
export function minMaxNormalizeScore(scores: readonly number[]): number[] {
  const [min, max] = [Math.min(0, ...scores), Math.max(0, ...scores)];
  return scores.map((score) => (max > min ? Math.trunc(MAX_NODE_SCORE * ((score - min) / (max - min))) : 0));
}
