// What sits at an offset of a parsed file: the document, the located node, whether the offset is on
// its key (or the `-` of a list item) or on its value, and its Kubernetes field path. Hover and
// completion start here. Offsets in and out are absolute in the file; the tree's are document-relative.
import type { SourceFile } from '../check';
import { toResources, type Resource } from '../model/resource';
import { innermostResource, type ResourceIndex } from '../model/resourceIndex';
import type { Range, YNode } from '../model/types';
import type { FileDocument, ParsedFile } from '../parse/parseFile';
import type { DocumentedKind } from './fieldDocs';

/** A step of a field path: a map key or a list index. */
export type Segment = string | number;

export interface NodeAt {
  readonly doc: FileDocument;
  /** The Kubernetes object the document holds, when it is one. */
  readonly resource: Resource | undefined;
  readonly node: YNode;
  /** `key`: on the key of a pair, or on the `-` of a list item; `value`: on a scalar value. */
  readonly on: 'key' | 'value';
  readonly segments: readonly Segment[];
  /** `spec.template.spec.containers[0].image`. */
  readonly path: string;
  /** The key, dash or value under the offset (absolute). */
  readonly range: Range;
}

/** The document holding an offset (a caret at the very end belongs to the last document). */
export function documentAt(file: ParsedFile, offset: number): FileDocument | undefined {
  const docs = file.documents;
  const inside = docs.find((doc) => offset >= doc.offset && offset < doc.offset + doc.length);
  if (inside) return inside;
  const last = docs[docs.length - 1];
  return last && offset === last.offset + last.length ? last : undefined;
}

/**
 * The resource of a document: the one in the index when it holds that very parse, else a fresh view.
 * With a document-relative offset, the List item holding it (docs/yaml-decoding.md §8).
 */
export function resourceOf(file: SourceFile, doc: FileDocument, index?: ResourceIndex, offset?: number): Resource | undefined {
  const known = index?.inFile(file.uri).filter((r) => r.doc.chunk === doc.chunk && r.doc.offset === doc.offset) ?? [];
  const resources = known.length > 0 ? known : toResources(file.uri, doc);
  return offset === undefined ? resources[0] : innermostResource(resources, offset);
}

/** StatefulSet or Service when the field docs cover the resource. */
export function documentedKind(resource: Resource | undefined): DocumentedKind | undefined {
  return resource?.type === 'StatefulSet' || resource?.type === 'Service' ? resource.type : undefined;
}

/** The node whose key, dash or scalar value holds `offset` (its end included, for a caret after a word). */
export function nodeAt(file: SourceFile, offset: number, index?: ResourceIndex): NodeAt | undefined {
  const doc = documentAt(file.parsed, offset);
  const root = doc?.chunk.root;
  if (!doc || !root || file.parsed.helm) return undefined;
  const hit = descend(root, offset - doc.offset, [], { text: file.parsed.text, base: doc.offset }, 0);
  if (!hit) return undefined;
  const resource = resourceOf(file, doc, index, offset - doc.offset);
  // Inside a List item, fields are the item's: `spec.ports`, not `items[0].spec.ports`.
  const segments = resource && resource.root !== root && hit.segments.length > 2 ? hit.segments.slice(2) : hit.segments;
  return {
    doc,
    resource,
    node: hit.node,
    on: hit.on,
    segments,
    path: toPath(segments),
    range: { start: hit.range.start + doc.offset, end: hit.range.end + doc.offset },
  };
}

interface Hit {
  readonly node: YNode;
  readonly on: 'key' | 'value';
  readonly segments: Segment[];
  readonly range: Range;
}

interface Source {
  readonly text: string;
  /** Offset of the document in `text`. */
  readonly base: number;
}

const MAX_DEPTH = 100;

function contains(range: Range, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

function descend(node: YNode, offset: number, segments: Segment[], source: Source, depth: number): Hit | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (node.kind === 'scalar') return contains(node.range, offset) ? { node, on: 'value', segments, range: node.range } : undefined;
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      const path = [...segments, pair.key];
      if (contains(pair.keyRange, offset)) return { node: pair.value, on: 'key', segments: path, range: pair.keyRange };
      if (contains(pair.value.range, offset)) {
        const hit = descend(pair.value, offset, path, source, depth + 1);
        if (hit) return hit;
      }
    }
    return undefined;
  }
  for (let i = 0; i < node.items.length; i++) {
    const item = node.items[i];
    const dash = dashOf(item, source);
    if (dash !== undefined && (offset === dash || offset === dash + 1)) {
      return { node: item, on: 'key', segments: [...segments, i], range: { start: dash, end: dash + 1 } };
    }
    if (contains(item.range, offset)) {
      const hit = descend(item, offset, [...segments, i], source, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Document-relative offset of the `-` before a block list item, if there is one. */
export function dashOf(item: YNode, source: Source): number | undefined {
  let at = source.base + item.range.start - 1;
  while (at >= source.base && (source.text[at] === ' ' || source.text[at] === '\t')) at--;
  return at >= source.base && source.text[at] === '-' ? at - source.base : undefined;
}

/** `['spec', 'containers', 0, 'image']` → `spec.containers[0].image`. */
export function toPath(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}

/**
 * The path as fieldDocs reads it: indices dropped, and keys that cannot be field names (label keys
 * such as `app.kubernetes.io/name`) replaced by a placeholder, which a map type accepts.
 */
export function toSchemaPath(segments: readonly Segment[]): string {
  return segments
    .filter((s): s is string => typeof s === 'string')
    .map((s) => (s === '' || /[.[\]\s]/.test(s) ? '_' : s))
    .join('.');
}

/** The string segments without indices: what hovers switch on (`spec.volumeClaimTemplates.metadata.name`). */
export function fieldKey(segments: readonly Segment[]): string {
  return segments.filter((s) => typeof s === 'string').join('.');
}
