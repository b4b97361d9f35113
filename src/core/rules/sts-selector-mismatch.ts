import { getKey, getMap } from '../model/access';
import { isEmptySelector, selectorMatches, toLabelSelector, type LabelSelector, type Requirement } from '../model/labels';
import { templateLabels } from '../model/statefulSet';
import type { Rule } from './types';

const ID = 'sts-selector-mismatch';

/** A requirement in kubectl's selector syntax: `app=web`, `tier in (a,b)`, `!canary`. */
function describeRequirement(req: Requirement): string {
  switch (req.operator) {
    case 'Exists':
      return req.key;
    case 'DoesNotExist':
      return `!${req.key}`;
    case 'In':
    case 'NotIn':
      return `${req.key} ${req.operator.toLowerCase()} (${req.values.join(',')})`;
    default:
      return `${req.key} ${JSON.stringify(req.operator)} (unknown operator)`;
  }
}

/** The parts of the selector that the labels do not satisfy. */
function unmetParts(selector: LabelSelector, labels: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [key, value] of selector.matchLabels) if (labels.get(key) !== value) out.push(`${key}=${value}`);
  for (const req of selector.matchExpressions) {
    if (!selectorMatches({ matchLabels: new Map(), matchExpressions: [req] }, labels)) out.push(describeRequirement(req));
  }
  return out;
}

export const stsSelectorMismatch: Rule = {
  id: ID,
  appliesTo: ['StatefulSet'],
  severity: 'error',
  scope: 'document',
  docs: {
    summary:
      '`spec.selector` must select the pod template\'s labels (`spec.template.metadata.labels`): every `matchLabels` pair and every `matchExpressions` requirement. Otherwise the apiserver rejects the StatefulSet with "`selector` does not match template `labels`".',
    remediation: 'Add the missing labels to `spec.template.metadata.labels` (the selector is immutable once created), or fix the selector before the first apply.',
    url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector',
  },
  check({ resource }) {
    const selectorNode = getKey(getMap(resource.root, 'spec'), 'selector');
    const selector = toLabelSelector(selectorNode);
    // A missing or empty selector is sts-selector-missing's business.
    if (!selectorNode || !selector || isEmptySelector(selector)) return [];
    const labels = templateLabels(resource);
    if (selectorMatches(selector, labels)) return [];
    const shown = JSON.stringify(Object.fromEntries(labels));
    return [
      {
        ruleId: ID,
        range: selectorNode.keyRange ?? selectorNode.range,
        path: 'spec.template.metadata.labels',
        message: `spec.template.metadata.labels: Invalid value: ${shown}: \`selector\` does not match template \`labels\` (spec.selector requires ${unmetParts(selector, labels).join(', ')})`,
        data: {
          templateLabels: Object.fromEntries(labels),
          selector: {
            matchLabels: Object.fromEntries(selector.matchLabels),
            matchExpressions: selector.matchExpressions.map((r) => ({ key: r.key, operator: r.operator, values: [...r.values] })),
          },
        },
      },
    ];
  },
};
