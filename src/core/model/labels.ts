// Label selectors as Kubernetes evaluates them (metav1.LabelSelectorAsSelector).
import { getKey, toStringMap } from './access';
import { isMap, isScalar, isSeq, type YNode } from './types';

export interface Requirement {
  readonly key: string;
  readonly operator: string;
  readonly values: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels: ReadonlyMap<string, string>;
  readonly matchExpressions: readonly Requirement[];
}

export function toLabelSelector(node: YNode | undefined): LabelSelector | undefined {
  if (!isMap(node)) return undefined;
  const expressions: Requirement[] = [];
  const exprNode = getKey(node, 'matchExpressions');
  if (isSeq(exprNode)) {
    for (const item of exprNode.items) {
      const key = getKey(item, 'key');
      const operator = getKey(item, 'operator');
      const values = getKey(item, 'values');
      if (!isScalar(key) || !isScalar(operator)) continue;
      expressions.push({
        key: String(key.value),
        operator: String(operator.value),
        values: isSeq(values) ? values.items.filter(isScalar).map((v) => String(v.value)) : [],
      });
    }
  }
  return { matchLabels: toStringMap(getKey(node, 'matchLabels')), matchExpressions: expressions };
}

export function isEmptySelector(selector: LabelSelector): boolean {
  return selector.matchLabels.size === 0 && selector.matchExpressions.length === 0;
}

/** One requirement of a label selector (In, NotIn, Exists, DoesNotExist; any other operator matches nothing). */
export function matchesRequirement(req: Requirement, labels: ReadonlyMap<string, string>): boolean {
  const value = labels.get(req.key);
  switch (req.operator) {
    case 'In':
      return value !== undefined && req.values.includes(value);
    case 'NotIn':
      return value === undefined || !req.values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    default:
      return false;
  }
}

/** Whether a label selector selects a set of labels. An empty selector selects everything. */
export function selectorMatches(selector: LabelSelector, labels: ReadonlyMap<string, string>): boolean {
  for (const [key, value] of selector.matchLabels) if (labels.get(key) !== value) return false;
  return selector.matchExpressions.every((req) => matchesRequirement(req, labels));
}

/** A Service's plain `spec.selector` map: selects the labels when every pair is present. */
export function mapSelects(selector: ReadonlyMap<string, string>, labels: ReadonlyMap<string, string>): boolean {
  for (const [key, value] of selector) if (labels.get(key) !== value) return false;
  return true;
}
