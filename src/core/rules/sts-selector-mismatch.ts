import { getKey, getMap } from '../model/access';
import { isEmptySelector, selectorMatches, toLabelSelector, type LabelSelector, type Requirement } from '../model/labels';
import { selectorIsWellFormed } from '../model/labelSyntax';
import { templateLabels } from '../model/statefulSet';
import { isMap, isScalar } from '../model/types';
import { alignPairs, editTargetOf, insertPairs, ownPairs, replaceScalar, type EditTarget } from './edit/yamlEdits';
import { defineRule, type FixContext, type Translate } from './defineRule';
import type { Fix, RuleContext, TextEdit } from './types';


/** A requirement in kubectl's selector syntax: `app=web`, `tier in (a,b)`, `!canary`. */
function describeRequirement(t: Translate<'unknownOperator'>, req: Requirement): string {
  switch (req.operator) {
    case 'Exists':
      return req.key;
    case 'DoesNotExist':
      return `!${req.key}`;
    case 'In':
    case 'NotIn':
      return `${req.key} ${req.operator.toLowerCase()} (${req.values.join(',')})`;
    default:
      return t('unknownOperator', req.key, JSON.stringify(req.operator));
  }
}

/** The parts of the selector that the labels do not satisfy. */
function unmetParts(t: Translate<'unknownOperator'>, selector: LabelSelector, labels: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [key, value] of selector.matchLabels) if (labels.get(key) !== value) out.push(`${key}=${value}`);
  for (const req of selector.matchExpressions) {
    if (!selectorMatches({ matchLabels: new Map(), matchExpressions: [req] }, labels)) out.push(describeRequirement(t, req));
  }
  return out;
}

export default defineRule({
  id: 'sts-selector-mismatch',
  meta: {
    severity: 'error', appliesTo: ['StatefulSet'], scope: 'document',
    docs: {
      summary:
        '`spec.selector` must select the pod template\'s labels (`spec.template.metadata.labels`): every `matchLabels` pair and every `matchExpressions` requirement. Otherwise the apiserver rejects the StatefulSet with "`selector` does not match template `labels`".',
      remediation:
        'Add the missing labels to `spec.template.metadata.labels` (the selector is immutable once created), or fix the selector before the first apply.',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector',
    },
    source: 'ValidatePodTemplateSpecForStatefulSet',
  },
  messages: {
    message: 'spec.template.metadata.labels: Invalid value: {0}: `selector` does not match template `labels` (spec.selector requires {1})',
    unknownOperator: '{0} {1} (unknown operator)',
    'fix.copyIntoSelector': 'Copy the template labels into spec.selector.matchLabels',
    'fix.copyIntoTemplate': 'Copy spec.selector.matchLabels into the template labels',
  },
  check(ctx) {
    const { resource } = ctx;
    const selectorNode = getKey(getMap(resource.root, 'spec'), 'selector');
    const selector = toLabelSelector(selectorNode);
    // A missing or empty selector is sts-selector-missing's business.
    if (!selectorNode || !selector || isEmptySelector(selector)) return;
    // A malformed selector is selector-invalid's: LabelSelectorAsSelector fails, so upstream never compares it.
    if (!selectorIsWellFormed(selectorNode)) return;
    const labels = templateLabels(resource);
    if (selectorMatches(selector, labels)) return;
    const shown = JSON.stringify(Object.fromEntries(labels));
    return ctx.report({
      range: selectorNode.keyRange ?? selectorNode.range,
      path: 'spec.template.metadata.labels',
      messageId: 'message', args: [shown, unmetParts(ctx.t, selector, labels).join(', ')],
      data: {
        templateLabels: Object.fromEntries(labels),
        selector: {
          matchLabels: Object.fromEntries(selector.matchLabels),
          matchExpressions: selector.matchExpressions.map((r) => ({ key: r.key, operator: r.operator, values: [...r.values] })),
        },
      },
    });
  },
  fixes(_finding, ctx) {
    const target = editTargetOf(ctx.resource, ctx);
    const selector = toLabelSelector(getKey(getMap(ctx.resource.root, 'spec'), 'selector'));
    if (!target || !selector) return [];
    return [copyIntoTemplate(target, ctx, selector), copyIntoSelector(target, ctx, selector)].filter((fix): fix is Fix => fix !== undefined);
  },
});

/** matchLabels := the template's values for its keys (keys the pods lack go); needs the expressions met. */
function copyIntoSelector(target: EditTarget, { resource, t }: FixContext<'fix.copyIntoSelector'>, selector: LabelSelector): Fix | undefined {
  const labels = templateLabels(resource);
  const matchLabels = getMap(resource.root, 'spec.selector.matchLabels');
  if (!matchLabels || labels.size === 0 || !selectorMatches({ matchLabels: new Map(), matchExpressions: selector.matchExpressions }, labels)) return undefined;
  return { title: t('fix.copyIntoSelector'), edits: alignPairs(target, matchLabels, labels, { add: false }) };
}

/** The template labels get every matchLabels pair (the selector is immutable once created). */
function copyIntoTemplate(target: EditTarget, { resource, t }: FixContext<'fix.copyIntoTemplate'>, selector: LabelSelector): Fix | undefined {
  if (selector.matchLabels.size === 0) return undefined;
  const merged = new Map([...templateLabels(resource), ...selector.matchLabels]);
  if (!selectorMatches(selector, merged)) return undefined;
  const edits = labelEdits(target, resource.root, selector.matchLabels);
  return edits.length > 0 ? { title: t('fix.copyIntoTemplate'), isPreferred: true, edits } : undefined;
}

function labelEdits(target: EditTarget, root: RuleContext['resource']['root'], wanted: ReadonlyMap<string, string>): TextEdit[] {
  const labelsNode = getKey(getMap(root, 'spec.template.metadata'), 'labels');
  const wantedObject = Object.fromEntries(wanted);
  if (!isMap(labelsNode)) {
    const template = getMap(root, 'spec.template');
    const metadata = getKey(template, 'metadata');
    if (labelsNode !== undefined) return []; // `labels:` with a non-map value: not ours to guess
    if (isMap(metadata)) return [insertPairs(target, metadata, { labels: wantedObject })];
    return template && metadata === undefined ? [insertPairs(target, template, { metadata: { labels: wantedObject } })] : [];
  }
  const edits: TextEdit[] = [];
  const missing: Record<string, string> = {};
  for (const [key, value] of wanted) {
    const pair = ownPairs(labelsNode).find((p) => p.key === key);
    if (!pair) missing[key] = value;
    else if (isScalar(pair.value) && String(pair.value.value) !== value) edits.push(replaceScalar(target, pair.value, value));
  }
  if (Object.keys(missing).length > 0) edits.push(insertPairs(target, labelsNode, missing));
  return edits;
}
