// Splits a multi-document YAML stream into one chunk per document, so that an edit re-parses
// only the document it touches (a full re-parse of a 10k-line bundle is far too slow per keystroke).
//
// This is a line scan, not a YAML parse, and it is exact: in YAML a line that starts with `---` or
// `...` followed by a space, a tab or the end of the line is a document marker wherever it occurs,
// even inside a block or quoted scalar (the spec's c-forbidden rule). The chunks match what
// `parseAllDocuments` counts as documents (unit- and property-tested against it).

export interface Chunk {
  /** Offset of the chunk's first character in the whole text. */
  readonly start: number;
  readonly end: number;
}

const enum Marker {
  None,
  Start,
  End,
}

function markerAt(text: string, lineStart: number): Marker {
  const c = text.charCodeAt(lineStart);
  if (c !== 0x2d /* - */ && c !== 0x2e /* . */) return Marker.None;
  if (text.charCodeAt(lineStart + 1) !== c || text.charCodeAt(lineStart + 2) !== c) return Marker.None;
  const next = text.charCodeAt(lineStart + 3);
  const endsMarker = Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
  if (!endsMarker) return Marker.None;
  return c === 0x2d ? Marker.Start : Marker.End;
}

/** Whether a span holds anything but blank lines, comments and directives (`%YAML`). */
export function hasContent(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\ufeff')) i++;
    if (i < lineEnd && text[i] !== '#' && !(i === lineStart && text[i] === '%')) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

/** Offsets where documents start (`---` lines) and where `...` lines end one. */
function scanBoundaries(text: string): { cuts: number[]; endMarkers: Set<number> } {
  const cuts: number[] = [];
  const endMarkers = new Set<number>();
  let lineStart = 0;
  while (lineStart < text.length) {
    const marker = markerAt(text, lineStart);
    const newline = text.indexOf('\n', lineStart);
    const next = newline === -1 ? text.length : newline + 1;
    if (marker === Marker.Start && lineStart > 0) cuts.push(lineStart);
    if (marker === Marker.End && next < text.length) {
      cuts.push(next);
      endMarkers.add(next);
    }
    lineStart = next;
  }
  return { cuts, endMarkers };
}

export function splitDocuments(text: string): Chunk[] {
  const { cuts, endMarkers } = scanBoundaries(text);
  const raw: Chunk[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut > start) raw.push({ start, end: cut });
    start = cut;
  }
  raw.push({ start, end: text.length });
  return mergeEmptyChunks(text, raw, endMarkers);
}

/**
 * A leading chunk with only comments belongs to the first document, and so does text after a
 * `...` marker that holds no content of its own (trailing comments): `parseAllDocuments` makes
 * no document of either.
 */
function mergeEmptyChunks(text: string, raw: Chunk[], endMarkers: Set<number>): Chunk[] {
  const out: Chunk[] = [];
  let pendingStart: number | undefined;
  for (let i = 0; i < raw.length; i++) {
    const chunk = raw[i];
    const startsWithMarker = markerAt(text, chunk.start) === Marker.Start;
    const empty = !startsWithMarker && !hasContent(text, chunk.start, chunk.end);
    if (empty && i === 0 && raw.length > 1) {
      pendingStart = chunk.start;
      continue;
    }
    if (empty && endMarkers.has(chunk.start) && out.length > 0) {
      const last = out.pop()!;
      out.push({ start: last.start, end: chunk.end });
      continue;
    }
    out.push({ start: pendingStart ?? chunk.start, end: chunk.end });
    pendingStart = undefined;
  }
  return out;
}
