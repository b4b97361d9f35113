// Text edits on a located YAML tree that touch only the bytes they must: a key is inserted after the
// last pair of its map at the map's own indentation (or before the `}` of a flow map), a scalar is
// replaced keeping its quotes, a sequence item or a whole document is appended. Everything around
// the edit (comments, key order, formatting) stays as written.
//
// Ranges in the tree are document-relative; an EditTarget carries the document's offset in the
// file, and every edit returned has absolute offsets, as Fix edits do.
import type { Resource } from '../../model/resource';
import { isMap, isSeq, type YMap, type YNode, type YPair, type YScalar, type YSeq } from '../../model/types';
import type { RuleContext, TextEdit } from '../types';
import {
  columnAt, dashBefore, detectStyle, formatScalar, itemLines, mapLines, toFlow,
  type YamlObject, type YamlScalar, type YamlStyle, type YamlValue,
} from './yamlText';

export interface EditTarget {
  readonly uri: string;
  /** The whole file's text. */
  readonly text: string;
  /** Offset of the resource's document in the file. */
  readonly base: number;
  readonly style: YamlStyle;
}

/** Where edits to a resource go, with the style of its document; undefined when its text is not at hand. */
export function editTargetOf(resource: Resource, ctx: RuleContext): EditTarget | undefined {
  const text = ctx.textOf?.(resource.uri);
  if (text === undefined) return undefined;
  const base = resource.doc.offset;
  return { uri: resource.uri, text, base, style: detectStyle(text, resource.root, base) };
}

function edit(target: EditTarget, start: number, end: number, newText: string): TextEdit {
  return { uri: target.uri, range: { start: target.base + start, end: target.base + end }, newText };
}

/** The pairs written in this map itself (not merged in with `<<`), in source order. */
export function ownPairs(map: YMap): YPair[] {
  return map.pairs.filter((p) => p.keyRange.start >= map.range.start && p.keyRange.end <= map.range.end);
}

/** Replaces a scalar's value, keeping its quote style (plain stays plain when YAML allows it). */
export function replaceScalar(target: EditTarget, node: YScalar, value: string): TextEdit {
  const { start, end } = node.range;
  const first = target.text[target.base + start];
  let newText: string;
  if (node.style === 'quoted' && first === "'") newText = `'${value.replace(/'/g, "''")}'`;
  else if (node.style === 'quoted' && first === '"') newText = JSON.stringify(value);
  else newText = formatScalar(value);
  // `key:` with no value: the null scalar sits right after the colon.
  if (node.value === null && start === end && target.text[target.base + start - 1] === ':') newText = ` ${newText}`;
  return edit(target, start, end, newText);
}

/** Inserts pairs into a map: after its last pair at the same indentation, or into a flow map. */
export function insertPairs(target: EditTarget, map: YMap, entries: YamlObject): TextEdit {
  const pairs = ownPairs(map);
  if (map.flow || pairs.length === 0) {
    const items = Object.entries(entries).map(([k, v]) => `${formatScalar(k)}: ${toFlow(v)}`);
    const last = pairs[pairs.length - 1];
    if (last) return edit(target, last.value.range.end, last.value.range.end, items.map((item) => `, ${item}`).join(''));
    return edit(target, map.range.start + 1, map.range.start + 1, items.join(', '));
  }
  const column = columnAt(target.text, target.base + pairs[0].keyRange.start);
  return insertLinesAt(target, contentEnd(target, map), mapLines(entries, target.style).map((line) => ' '.repeat(column) + line));
}

/** Sets `key` in a map: replaces its scalar value when present, inserts the pair otherwise. */
export function setKey(target: EditTarget, map: YMap, key: string, value: YamlValue): TextEdit {
  const existing = ownPairs(map).find((p) => p.key === key);
  if (existing && existing.value.kind === 'scalar' && (typeof value !== 'object' || value === null)) {
    return replaceScalar(target, existing.value, value === null ? 'null' : String(value));
  }
  if (existing) return replaceValue(target, existing, value);
  return insertPairs(target, map, { [key]: value });
}

/** Replaces a pair's value (of any kind) with a new one, in flow style on the key's line. */
function replaceValue(target: EditTarget, pair: YPair, value: YamlValue): TextEdit {
  const { start, end } = spanOf(target, pair.value);
  return edit(target, start, end, toFlow(value) + lineBreakBefore(target, end, start));
}

/** Removes a pair: its whole line(s) in a block map, the item and a comma in a flow map. */
export function removePair(target: EditTarget, map: YMap, pair: YPair): TextEdit {
  const pairs = ownPairs(map);
  const at = pairs.indexOf(pair);
  if (map.flow) {
    if (at > 0) return edit(target, pairs[at - 1].value.range.end, pair.value.range.end, '');
    const next = pairs[at + 1];
    return edit(target, pair.keyRange.start, next ? next.keyRange.start : pair.value.range.end, '');
  }
  const text = target.text;
  const keyStart = target.base + pair.keyRange.start;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const onOwnLine = text.slice(lineStart, keyStart).trim() === '';
  const end = target.base + contentEnd(target, pair.value);
  const start = onOwnLine ? lineStart : keyStart;
  return { uri: target.uri, range: { start, end }, newText: '' };
}

/**
 * Where a node's last line ends (after its newline): the end of its last value's line for block
 * collections, so comments that follow the last value are left where they are.
 */
export function contentEnd(target: EditTarget, node: YNode): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const children = isMap(node) ? ownPairs(node).map((p) => p.value) : node.items;
    const last = children[children.length - 1];
    if (last && last.range.start >= node.range.start && last.range.end <= node.range.end) return contentEnd(target, last);
  }
  if (node.kind === 'scalar' && node.style === 'block') return node.range.end;
  const at = target.base + node.range.end;
  if (at > 0 && target.text[at - 1] === '\n') return node.range.end;
  const newline = target.text.indexOf('\n', at);
  return (newline === -1 ? target.text.length : newline + 1) - target.base;
}

/** Appends an item to a sequence: a `- ` item at the column of the others, or a flow item. */
export function appendItem(target: EditTarget, seq: YSeq, value: YamlValue): TextEdit {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow || !last) {
    if (last) return edit(target, last.range.end, last.range.end, `, ${toFlow(value)}`);
    return edit(target, seq.range.start + 1, seq.range.start + 1, toFlow(value));
  }
  const dash = dashBefore(target.text, target.base + seq.items[0].range.start);
  const column = dash === undefined ? columnAt(target.text, target.base + seq.range.start) : columnAt(target.text, dash);
  return insertLinesAt(target, contentEnd(target, seq), itemLines(value, target.style).map((line) => ' '.repeat(column) + line));
}

/**
 * Appends a document after the resource's own (before anything that follows its last value:
 * trailing comments stay where they are, ahead of the next document).
 */
export function appendDocument(target: EditTarget, root: YNode, value: YamlObject): TextEdit {
  return insertLinesAt(target, contentEnd(target, root), ['---', ...mapLines(value, target.style)]);
}

/**
 * Inserts whole lines at a document-relative offset that starts a line (the end of a block
 * collection's range); at the end of a file without a final newline, one is put first.
 */
function insertLinesAt(target: EditTarget, offset: number, lines: readonly string[]): TextEdit {
  const { eol } = target.style;
  const at = target.base + offset;
  const atLineStart = at === 0 || target.text[at - 1] === '\n';
  const newText = atLineStart ? lines.map((line) => line + eol).join('') : lines.map((line) => eol + line).join('');
  return edit(target, offset, offset, newText);
}

/** The column at which a block map's keys sit. */
export function keyColumn(target: EditTarget, map: YMap): number {
  const pairs = ownPairs(map);
  return pairs.length > 0 ? columnAt(target.text, target.base + pairs[0].keyRange.start) : 0;
}

/** Replaces all items of a sequence with scalars, in its own style (`[None]` or `- None`). */
export function replaceItems(target: EditTarget, seq: YSeq, values: readonly YamlScalar[]): TextEdit {
  const { start, end } = spanOf(target, seq);
  if (seq.flow) return edit(target, start, end, toFlow(values));
  const column = columnAt(target.text, target.base + start);
  const lines = values.map((v, i) => (i === 0 ? '' : ' '.repeat(column)) + `- ${formatScalar(v)}`);
  return edit(target, start, end, lines.join(target.style.eol) + lineBreakBefore(target, end, start));
}

/** Replaces a whole map's content with new pairs, in its own style and indentation. */
export function replaceMap(target: EditTarget, map: YMap, entries: YamlObject): TextEdit {
  const { start, end } = spanOf(target, map);
  if (map.flow || ownPairs(map).length === 0) return edit(target, start, end, toFlow(entries));
  const column = keyColumn(target, map);
  const lines = mapLines(entries, target.style).map((line, i) => (i === 0 ? '' : ' '.repeat(column)) + line);
  return edit(target, start, end, lines.join(target.style.eol) + lineBreakBefore(target, end, start));
}

/**
 * Edits that make a map's string pairs equal to `wanted` where they differ: a value that differs is
 * replaced in place, a key `wanted` lacks is removed, a missing key is added after the others.
 * When no written pair would survive, the map is rewritten whole.
 */
export function alignPairs(target: EditTarget, map: YMap, wanted: ReadonlyMap<string, string>, options: { add: boolean }): TextEdit[] {
  const pairs = ownPairs(map);
  if (!pairs.some((p) => wanted.has(p.key))) return [replaceMap(target, map, Object.fromEntries(wanted))];
  const edits: TextEdit[] = [];
  for (const pair of pairs) {
    const value = wanted.get(pair.key);
    if (value === undefined) edits.push(removePair(target, map, pair));
    else if (pair.value.kind !== 'scalar' || pair.value.value === null || String(pair.value.value) !== value) {
      edits.push(pair.value.kind === 'scalar' ? replaceScalar(target, pair.value, value) : replaceValue(target, pair, value));
    }
  }
  const missing = [...wanted].filter(([key]) => !pairs.some((p) => p.key === key));
  if (options.add && missing.length > 0) edits.push(insertPairs(target, map, Object.fromEntries(missing)));
  return edits;
}

/** A node's text: up to the end of its last value's line for block collections, else its range. */
function spanOf(target: EditTarget, node: YNode): { start: number; end: number } {
  const blockCollection = (isMap(node) || isSeq(node)) && !node.flow;
  return { start: node.range.start, end: blockCollection ? contentEnd(target, node) : node.range.end };
}

/** The line break that ends the span `[start, end)`, to keep after replacing it. */
function lineBreakBefore(target: EditTarget, end: number, start: number): string {
  const text = target.text.slice(target.base + start, target.base + end);
  return text.endsWith('\r\n') ? '\r\n' : text.endsWith('\n') ? '\n' : '';
}
