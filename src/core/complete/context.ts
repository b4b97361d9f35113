// Where a completion is asked for, in YAML terms, even in YAML still being typed: on a key, after a
// key's colon (`serviceName: |`), on a list item (`- |`), or on a blank line of a map, whose owner
// is found by indentation. Offsets in and out are absolute; the tree's are document-relative.
import type { SourceFile } from '../check';
import { dashOf, documentAt, resourceOf, type Segment } from '../docs/nodeAt';
import { listItemsOf } from '../model/listDocument';
import type { Resource } from '../model/resource';
import type { Range, YMap, YNode, YPair, YSeq } from '../model/types';
import type { FileDocument } from '../parse/parseFile';
import type { ResourceIndex } from '../model/resourceIndex';

interface Base {
  readonly doc: FileDocument;
  readonly resource: Resource | undefined;
  /** What the chosen item replaces (the word or scalar at the caret, or an empty range). */
  readonly range: Range;
  /** Typed before the insert text: a space after a bare `:` or `-`. */
  readonly prefix: string;
}

/** A new or partly typed key in the map at `parent`. */
export interface KeyContext extends Base {
  readonly kind: 'key';
  readonly parent: readonly Segment[];
  /** Keys already in that map, the one being typed excluded. */
  readonly present: ReadonlySet<string>;
  /** Column the key starts at, for the indentation of what goes under it. */
  readonly column: number;
  /** The key being typed already has its colon: only the name is replaced. */
  readonly hasColon?: boolean;
}

/** The value of the field at `path`. */
export interface ValueContext extends Base {
  readonly kind: 'value';
  readonly path: readonly Segment[];
}

/** A block list item at `path`: a value or, for lists of objects, the item's first key. */
export interface ItemContext extends Base {
  readonly kind: 'item';
  readonly path: readonly Segment[];
  readonly present: ReadonlySet<string>;
  readonly column: number;
}

export type CompletionContext = KeyContext | ValueContext | ItemContext;

interface PairAt {
  readonly pair: YPair;
  readonly map: YMap;
  readonly mapPath: readonly Segment[];
}

interface Located {
  readonly pairs: PairAt[];
  readonly seqs: { readonly seq: YSeq; readonly path: readonly Segment[] }[];
}

const MAX_DEPTH = 100;

export function completionContext(file: SourceFile, offset: number, index?: ResourceIndex): CompletionContext | undefined {
  const doc = documentAt(file.parsed, offset);
  if (!doc || file.parsed.helm) return undefined;
  const text = file.parsed.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  if (line.includes('#')) return undefined; // in a comment (or a value holding '#': nothing to offer)
  const located: Located = { pairs: [], seqs: [] };
  if (doc.chunk.root) collect(doc.chunk.root, [], located, new Set(), 0);
  const scan = new Scan(file, doc, offset, lineStart, located);
  const found = scan.onKeyLine() ?? scan.onItemLine() ?? scan.onBlankLine();
  if (!found) return undefined;
  const item = listItemAt(doc, found.kind === 'key' ? found.parent : found.path);
  const resource = resourceOf(file, doc, index, item?.range.start);
  if (!item || resource?.root !== item) return { ...found, doc, resource } as CompletionContext;
  return { ...withinItem(found), doc, resource } as CompletionContext;
}

/** The item of a List document (`kind: List`, `ServiceList`) that a path starts in: `items[i]…`. */
function listItemAt(doc: FileDocument, path: readonly Segment[]): YNode | undefined {
  if (path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
  return listItemsOf(doc.chunk.root ?? undefined)?.items[path[1]];
}

/**
 * Inside a List item the fields are the item's (`spec.template…`, not `items[0].spec.template…`),
 * as kubectl sends each item alone (docs/yaml-decoding.md §8): the `items[i]` steps are dropped.
 */
function withinItem(found: Found): Found {
  return found.kind === 'key' ? { ...found, parent: found.parent.slice(2) } : { ...found, path: found.path.slice(2) };
}

function collect(node: YNode, path: Segment[], out: Located, seen: Set<YNode>, depth: number): void {
  if (node.kind === 'scalar' || seen.has(node) || depth > MAX_DEPTH) return;
  seen.add(node);
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      if (pair.keyRange.start < node.range.start || pair.keyRange.end > node.range.end) continue; // merged from elsewhere
      out.pairs.push({ pair, map: node, mapPath: path });
      collect(pair.value, [...path, pair.key], out, seen, depth + 1);
    }
  } else {
    out.seqs.push({ seq: node, path });
    node.items.forEach((item, i) => collect(item, [...path, i], out, seen, depth + 1));
  }
}

type Found = Omit<KeyContext, 'doc' | 'resource'> | Omit<ValueContext, 'doc' | 'resource'> | Omit<ItemContext, 'doc' | 'resource'>;

class Scan {
  readonly #text: string;
  readonly #base: number;
  /** Caret, document-relative. */
  readonly #at: number;

  constructor(file: SourceFile, doc: FileDocument, private readonly offset: number, private readonly lineStart: number, private readonly located: Located) {
    this.#text = file.parsed.text;
    this.#base = doc.offset;
    this.#at = offset - doc.offset;
  }

  /** A key on the caret's line: the caret on it, or after its colon. */
  onKeyLine(): Found | undefined {
    const from = this.lineStart - this.#base;
    const onLine = this.located.pairs.filter(({ pair }) => pair.keyRange.start >= from && pair.keyRange.start <= this.#at);
    const last = onLine[onLine.length - 1];
    if (!last) return undefined;
    const { pair, map, mapPath } = last;
    if (this.#at <= pair.keyRange.end) {
      const present = new Set(map.pairs.filter((p) => p !== pair).map((p) => p.key));
      const hasColon = this.#colonAt(this.#base + pair.keyRange.end);
      const column = this.#column(this.#base + pair.keyRange.start);
      return { kind: 'key', parent: mapPath, present, column, range: this.#abs(pair.keyRange), prefix: '', hasColon };
    }
    const between = this.#text.slice(this.#base + pair.keyRange.end, this.offset);
    if (!between.trimStart().startsWith(':')) return undefined;
    const prefix = this.#text[this.offset - 1] === ':' ? ' ' : '';
    const value = pair.value;
    const path = [...mapPath, pair.key];
    if (value.kind === 'seq' && value.flow && value.range.start < this.#at) {
      const i = value.items.findIndex((item) => item.range.start <= this.#at && this.#at <= item.range.end);
      const item = i === -1 ? undefined : value.items[i];
      const at = i === -1 ? value.items.filter((it) => it.range.end < this.#at).length : i;
      return { kind: 'value', path: [...path, at], range: item ? this.#abs(item.range) : this.#word(), prefix: '' };
    }
    const scalar = value.kind === 'scalar' && value.value !== null && value.range.start <= this.#at && this.#at <= value.range.end;
    return { kind: 'value', path, range: scalar ? this.#abs(value.range) : this.#word(), prefix };
  }

  /** A block list item whose `-` is on the caret's line, with at most a word after it. */
  onItemLine(): Found | undefined {
    const line = this.#text.slice(this.lineStart, this.offset);
    const indent = line.length - line.trimStart().length;
    if (line[indent] !== '-' || line.slice(indent + 1).trim().includes(' ')) return undefined;
    const dash = this.lineStart + indent - this.#base;
    for (const { seq, path } of this.located.seqs) {
      const i = seq.items.findIndex((item) => dashOf(item, { text: this.#text, base: this.#base }) === dash);
      if (i === -1) continue;
      const item = seq.items[i];
      const scalar = item.kind === 'scalar' && item.value !== null && item.range.start <= this.#at && this.#at <= item.range.end;
      const present = new Set(item.kind === 'map' ? item.pairs.map((p) => p.key) : []);
      const prefix = this.#text[this.offset - 1] === '-' ? ' ' : '';
      const word = this.#word();
      const range = scalar ? this.#abs(item.range) : { start: Math.max(word.start, this.#base + dash + 1), end: word.end };
      return { kind: 'item', path: [...path, i], present, column: this.#column(this.#base + dash) + 2, range, prefix };
    }
    return undefined;
  }

  /** A line holding at most a word: a new key of the map its indentation puts it in. */
  onBlankLine(): Found | undefined {
    const line = this.#text.slice(this.lineStart, this.offset);
    const word = line.trimStart();
    if (word.includes(' ') || word.includes(':') || word.startsWith('-')) return undefined;
    const column = line.length - word.length;
    const from = this.lineStart - this.#base;
    let owner: PairAt | undefined;
    for (const candidate of this.located.pairs) {
      const start = candidate.pair.keyRange.start;
      if (start < from && this.#column(this.#base + start) <= column && (!owner || start > owner.pair.keyRange.start)) owner = candidate;
    }
    const range = this.#word();
    if (!owner) return column === 0 ? { kind: 'key', parent: [], present: new Set(), column, range, prefix: '' } : undefined;
    const { pair, map, mapPath } = owner;
    if (this.#column(this.#base + pair.keyRange.start) === column) {
      return { kind: 'key', parent: mapPath, present: new Set(map.pairs.map((p) => p.key)), column, range, prefix: '' };
    }
    if (pair.value.kind === 'seq') return undefined; // a new item needs a `-` first
    const present = new Set(pair.value.kind === 'map' ? pair.value.pairs.map((p) => p.key) : []);
    return { kind: 'key', parent: [...mapPath, pair.key], present, column, range, prefix: '' };
  }

  /** Whether a `:` follows at `absolute`, after spaces on the same line. */
  #colonAt(absolute: number): boolean {
    let at = absolute;
    while (this.#text[at] === ' ' || this.#text[at] === '\t') at++;
    return this.#text[at] === ':';
  }

  #column(absolute: number): number {
    return absolute - (this.#text.lastIndexOf('\n', absolute - 1) + 1);
  }

  #abs(range: Range): Range {
    return { start: range.start + this.#base, end: range.end + this.#base };
  }

  /** The word around the caret (what a completion replaces): no spaces, colons or flow punctuation. */
  #word(): Range {
    const isWord = (ch: string | undefined) => ch !== undefined && !/[\s:,[\]{}#]/.test(ch);
    let start = this.offset;
    let end = this.offset;
    while (start > this.lineStart && isWord(this.#text[start - 1])) start--;
    while (isWord(this.#text[end])) end++;
    return { start, end };
  }
}
