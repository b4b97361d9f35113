// "Revert to the committed value": the edit that puts the baseline's value of one field back into
// the edited manifest, for the update rules' findings (docs/change-model.md §2). The finding's data
// carries the baseline's value (`revertData`, computed when the finding is made, while the baseline
// is at hand), so the fix needs only the edited document — the CLI, the editor and a language
// server ask for it the same way. A field the baseline lacks is removed; one the edit removed is
// written back under its nearest written parent; everything else around it stays as written.
import { splitPath } from '../../change/paths';
import { getKey } from '../../model/access';
import type { Resource } from '../../model/resource';
import { isMap, isScalar, isSeq, type YNode, type YPair } from '../../model/types';
import { toPlainValue } from '../../parse/toPlainValue';
import type { Finding, Fix, RuleContext, TextEdit } from '../types';
import { contentEnd, editTargetOf, insertPairs, ownPairs, removePair, replaceScalar, type EditTarget } from './yamlEdits';
import { columnAt, formatScalar, mapLines, seqLines, toFlow, type YamlObject, type YamlValue } from './yamlText';

/** In a finding's data: the baseline's value at the finding's path, or `unset` when it has none. */
export type RevertData = { readonly value: YamlValue } | { readonly unset: true };

/** What `revert` in a finding's data should hold for `path`; undefined when the value cannot be read. */
export function revertData(baseline: Resource, path: string): RevertData | undefined {
  const node = nodeAt(baseline.root, splitPath(path));
  if (node === undefined) return { unset: true };
  try {
    return { value: toPlainValue(node) as YamlValue };
  } catch {
    return undefined; // too many aliases to expand: no fix
  }
}

function nodeAt(root: YNode, parts: readonly (string | number)[]): YNode | undefined {
  let node: YNode | undefined = root;
  for (const part of parts) node = typeof part === 'number' ? (isSeq(node) ? node.items[part] : undefined) : getKey(node, part);
  return node;
}

function isRevertData(x: unknown): x is RevertData {
  return typeof x === 'object' && x !== null && ('unset' in x || 'value' in x);
}

/** The edits that give `path` its baseline value again in the edited resource; [] when there is no safe edit. */
export function revertEdits(ctx: RuleContext, path: string, data: unknown): TextEdit[] {
  const target = editTargetOf(ctx.resource, ctx);
  const parts = splitPath(path);
  if (!target || !isRevertData(data) || parts.length === 0) return [];
  const key = parts[parts.length - 1];
  const parent = nodeAt(ctx.resource.root, parts.slice(0, -1));
  const current = parent && nodeAt(parent, [key]);
  if ('unset' in data) return current && isMap(parent) && typeof key === 'string' ? removed(target, parent, key) : [];
  if (current) return replaced(target, parent!, key, current, data.value);
  return restored(target, ctx.resource.root, parts, data.value);
}

function removed(target: EditTarget, map: YNode & { kind: 'map' }, key: string): TextEdit[] {
  const pair = ownPairs(map).find((p) => p.key === key);
  return pair ? [removePair(target, map, pair)] : [];
}

/** A scalar keeps its quotes when it stays a string; a number or boolean is written plain. */
function replaced(target: EditTarget, parent: YNode, key: string | number, current: YNode, value: YamlValue): TextEdit[] {
  if (isScalar(current) && typeof value === 'string') return [replaceScalar(target, current, value)];
  if (isScalar(current) && (value === null || typeof value !== 'object')) {
    const { start, end } = current.range;
    return [{ uri: target.uri, range: { start: target.base + start, end: target.base + end }, newText: formatScalar(value) }];
  }
  const pair = isMap(parent) ? ownPairs(parent).find((p) => p.key === key) : undefined;
  return pair ? [replacePairValue(target, pair, value)] : [];
}

/**
 * A pair's collection value replaced by `value`, from the end of its key: a flow collection in flow
 * style, a block one in block style at the document's indentation (a flow value cannot start a line
 * at its key's column, where `key:\n- item` puts block items).
 */
function replacePairValue(target: EditTarget, pair: YPair, value: YamlValue): TextEdit {
  const node = pair.value;
  const at = (offset: number) => target.base + offset;
  const { eol, unit, sequenceIndent } = target.style;
  if ((isMap(node) || isSeq(node)) && node.flow) {
    return { uri: target.uri, range: { start: at(pair.keyRange.end), end: at(node.range.end) }, newText: `: ${toFlow(value)}` };
  }
  const end = contentEnd(target, node);
  const column = columnAt(target.text, at(pair.keyRange.start));
  const isList = Array.isArray(value) && value.length > 0;
  const isBlockMap = !Array.isArray(value) && typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  let body = ` ${toFlow(value)}`;
  if (isList) body = eol + seqLines(value, target.style).map((line) => ' '.repeat(column + sequenceIndent) + line).join(eol);
  if (isBlockMap) body = eol + mapLines(value as YamlObject, target.style).map((line) => ' '.repeat(column + unit) + line).join(eol);
  return { uri: target.uri, range: { start: at(pair.keyRange.end), end: at(end) }, newText: `:${body}${eol}` };
}

/** A removed field goes back under its nearest written map parent, with whatever maps lead to it. */
function restored(target: EditTarget, root: YNode, parts: readonly (string | number)[], value: YamlValue): TextEdit[] {
  let depth = parts.length - 1;
  while (depth > 0 && nodeAt(root, parts.slice(0, depth)) === undefined) depth--;
  const ancestor = nodeAt(root, parts.slice(0, depth));
  const missing = parts.slice(depth);
  if (!isMap(ancestor) || missing.some((part) => typeof part === 'number')) return [];
  const nested = missing.reduceRight<YamlValue>((inner, part) => ({ [part]: inner }), value) as YamlObject;
  return [insertPairs(target, ancestor, nested)];
}

/** The rules' one fix: `title` is the rule's `fix.revert` message; the finding's data names the path (`revertPath`, else its own) and value. */
export function revertFixes(finding: Finding, ctx: RuleContext, title: string): Fix[] {
  const path = typeof finding.data?.revertPath === 'string' ? finding.data.revertPath : finding.path;
  const edits = revertEdits(ctx, path, finding.data?.revert);
  return edits.length > 0 ? [{ title, edits, isPreferred: true }] : [];
}
