// Writing new YAML that fits the document it goes into: the indent unit and sequence indentation are read
// from the document (a located tree plus its text), and values are emitted line by line at column 0
// for the edit helpers (yamlEdits.ts) to indent where they insert them.
import { stringify } from 'yaml';
import { isMap, isSeq, type YNode } from '../../model/types';

export type YamlScalar = string | number | boolean | null;
export type YamlValue = YamlScalar | readonly YamlValue[] | YamlObject;
/** Keys are written in insertion order. */
export interface YamlObject {
  readonly [key: string]: YamlValue;
}

export interface YamlStyle {
  /** Spaces per nesting level of block maps. */
  readonly unit: number;
  /** Columns from a key to the `-` of its block sequence items: 0 for `key:\n- a`, 2 for `key:\n  - a`. */
  readonly sequenceIndent: number;
  readonly eol: '\n' | '\r\n';
}

export const DEFAULT_STYLE: YamlStyle = { unit: 2, sequenceIndent: 0, eol: '\n' };

/** The column of an absolute offset in a text. */
export function columnAt(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Offset of the `-` that introduces a block sequence item starting at `itemStart` (absolute). */
export function dashBefore(text: string, itemStart: number): number | undefined {
  let i = itemStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '-' ? i : undefined;
}

/**
 * Reads the indent unit and sequence style of a document from its block collections: the most
 * common step between a key and the keys of its block map value, and how far the `-` of a block
 * sequence sits from its key. `base` is the document's offset in `text`.
 */
export function detectStyle(text: string, root: YNode | undefined, base: number): YamlStyle {
  const steps = new Map<number, number>();
  let sequenceIndent: number | undefined;
  const visit = (node: YNode, depth: number): void => {
    if (depth > 40) return;
    if (isMap(node) && !node.flow) {
      for (const pair of node.pairs) {
        const value = pair.value;
        if (value.parent !== node || value.key !== pair.key) continue; // merged or aliased
        const keyColumn = columnAt(text, base + pair.keyRange.start);
        if (isMap(value) && !value.flow && value.pairs.length > 0 && value.range.start > pair.keyRange.end) {
          const step = columnAt(text, base + value.pairs[0].keyRange.start) - keyColumn;
          if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
        }
        if (isSeq(value) && !value.flow && value.items.length > 0 && sequenceIndent === undefined) {
          const dash = dashBefore(text, base + value.items[0].range.start);
          if (dash !== undefined) sequenceIndent = Math.max(0, columnAt(text, dash) - keyColumn);
        }
        visit(value, depth + 1);
      }
    } else if (isSeq(node) && !node.flow) {
      for (const item of node.items) if (item.parent === node) visit(item, depth + 1);
    }
  };
  if (root) visit(root, 0);
  let unit = DEFAULT_STYLE.unit;
  let best = 0;
  for (const [step, count] of steps) if (count > best || (count === best && step < unit)) [unit, best] = [step, count];
  return { unit, sequenceIndent: sequenceIndent ?? DEFAULT_STYLE.sequenceIndent, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** A scalar as YAML 1.1 reads it back unchanged: plain when that is safe, else double-quoted. */
export function formatScalar(value: YamlScalar): string {
  if (value === null) return 'null';
  return stringify(value, { version: '1.1', lineWidth: 0 }).replace(/\n$/, '');
}

function isObject(value: YamlValue): value is YamlObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isEmptyCollection(value: YamlValue): boolean {
  return Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0;
}

/** Flow style: `{name: data, ports: [80, 443]}`. */
export function toFlow(value: YamlValue): string {
  if (Array.isArray(value)) return `[${value.map(toFlow).join(', ')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([k, v]) => `${formatScalar(k)}: ${toFlow(v)}`).join(', ')}}`;
  return formatScalar(value as YamlScalar);
}

const pad = (n: number) => ' '.repeat(n);

/** Block-style lines of a map's pairs, at column 0. */
export function mapLines(value: YamlObject, style: YamlStyle): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const head = `${formatScalar(key)}:`;
    if (!Array.isArray(child) && !isObject(child)) out.push(`${head} ${formatScalar(child as YamlScalar)}`);
    else if (isEmptyCollection(child)) out.push(`${head} ${toFlow(child)}`);
    else {
      out.push(head);
      const inner = Array.isArray(child) ? seqLines(child, style) : mapLines(child as YamlObject, style);
      const depth = Array.isArray(child) ? style.sequenceIndent : style.unit;
      out.push(...inner.map((line) => pad(depth) + line));
    }
  }
  return out;
}

/** Block-style lines of a sequence's items (`- …`), at column 0. */
export function seqLines(items: readonly YamlValue[], style: YamlStyle): string[] {
  return items.flatMap((item) => itemLines(item, style));
}

/** The lines of one block sequence item: `- first line`, the rest two columns in. */
export function itemLines(item: YamlValue, style: YamlStyle): string[] {
  if ((!Array.isArray(item) && !isObject(item)) || isEmptyCollection(item)) return [`- ${toFlow(item)}`];
  const inner = Array.isArray(item) ? seqLines(item, style) : mapLines(item as YamlObject, style);
  return inner.map((line, i) => (i === 0 ? '- ' : '  ') + line);
}
