// The located YAML tree every rule reads. It is built once per document from the `yaml` AST
// (see parse/yamlTree.ts) with aliases and merge keys already resolved, as Kubernetes' decoder
// resolves them, so rules compare values and never see `*anchor` or `<<`.
//
// Ranges are offsets RELATIVE TO THE START OF THE DOCUMENT they belong to. That lets a parsed
// document (and its document-local findings) be reused unchanged when an edit above it moves it;
// the engine adds the document's offset when it reports.

/** A half-open span of character offsets, `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Located<T> {
  readonly value: T;
  readonly range: Range;
}

export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  /** Range of the value itself (for a map or sequence: from its first to its last character). */
  readonly range: Range;
  /** Range of the key that holds this node, or of the `-` item for sequence items; undefined at the root. */
  readonly keyRange?: Range;
  /** Where the node sits: the parent and the key or index under it (first place, for aliased nodes). */
  readonly parent?: YNode;
  readonly key?: string | number;
}

export interface YScalar extends NodeBase {
  readonly kind: 'scalar';
  readonly value: ScalarValue;
  /** How the scalar was written: `plain` values were typed by the YAML 1.1 schema, the others are strings. */
  readonly style: 'plain' | 'quoted' | 'block';
}

export interface YPair {
  readonly key: string;
  readonly keyRange: Range;
  readonly value: YNode;
}

export interface YMap extends NodeBase {
  readonly kind: 'map';
  readonly pairs: readonly YPair[];
  readonly flow: boolean;
}

export interface YSeq extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
  readonly flow: boolean;
}

export type YNode = YScalar | YMap | YSeq;

export function isMap(node: YNode | undefined): node is YMap {
  return node?.kind === 'map';
}
export function isSeq(node: YNode | undefined): node is YSeq {
  return node?.kind === 'seq';
}
export function isScalar(node: YNode | undefined): node is YScalar {
  return node?.kind === 'scalar';
}
