// Turns a `yaml` AST into the located tree of model/types.ts, resolving aliases and `<<` merge keys
// the way Kubernetes' decoder (go-yaml v2 behind sigs.k8s.io/yaml) does.
//
// An alias becomes a reference to the node built for its anchor, never a copy, so an "alias bomb"
// (a billion laughs) costs the same as its source text. Consumers that walk the whole tree must
// therefore remember what they visited (see schema/checkSchema.ts).
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node as YamlNode } from 'yaml';
import type { Range, YMap, YNode, YPair, YScalar, YSeq } from '../model/types';
import { t } from '../l10n/messages';
import { resolveGoPlainScalar } from './goScalar';
import type { YamlProblem } from './yamlProblem';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface BuildContext {
  readonly doc: Document;
  readonly built: Map<YamlNode, YNode>;
  /** Guards against an alias that refers to an ancestor of itself. */
  readonly building: Set<YamlNode>;
  readonly problems: YamlProblem[];
}

function toRange(node: { range?: [number, number, number] | null }, fallback: Range): Range {
  return node.range ? { start: node.range[0], end: node.range[1] } : fallback;
}

function scalarStyle(type: Scalar['type']): YScalar['style'] {
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) return 'quoted';
  if (type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL) return 'block';
  return 'plain';
}

function toScalarValue(value: unknown): YScalar['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}

function nullScalar(range: Range): YScalar {
  return { kind: 'scalar', value: null, style: 'plain', range };
}

/**
 * The node an alias stands for. An anchor that is not defined earlier in the same document is an
 * error in go-yaml (decode.go `d.alias`: "unknown anchor 'x' referenced"), not a null: report it.
 */
function resolveAlias(node: unknown, ctx: BuildContext): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 100; hops++) {
    const target = (current as Alias).resolve(ctx.doc);
    if (target === undefined) reportUnknownAnchor(current as Alias, ctx);
    current = target;
  }
  return isAlias(current) ? undefined : current;
}

function reportUnknownAnchor(alias: Alias, ctx: BuildContext): void {
  const range = toRange(alias, { start: 0, end: 0 });
  ctx.problems.push({ code: 'yaml-unknown-anchor', message: t('engine.unknownAnchor', alias.source), range, severity: 'error' });
}

/** Builds (or reuses, for aliased nodes) the located node for a `yaml` node. */
function build(node: unknown, ctx: BuildContext, fallback: Range): YNode {
  const target = resolveAlias(node, ctx) as YamlNode | undefined;
  if (target === undefined || target === null) return nullScalar(fallback);
  const existing = ctx.built.get(target);
  if (existing) return existing;
  if (ctx.building.has(target)) return nullScalar(fallback);
  ctx.building.add(target);
  let out: YNode;
  if (isMap(target)) out = buildMap(target, ctx);
  else if (isSeq(target)) out = buildSeq(target, ctx);
  else if (isScalar(target)) {
    const style = scalarStyle(target.type);
    // Parsed with the failsafe schema: untagged plain scalars are typed here, as go-yaml does.
    const value = style === 'plain' && !target.tag && typeof target.value === 'string' ? resolveGoPlainScalar(target.value) : toScalarValue(target.value);
    out = { kind: 'scalar', value, style, range: toRange(target, fallback) };
  } else out = nullScalar(toRange(target as YamlNode, fallback));
  ctx.building.delete(target);
  ctx.built.set(target, out);
  return out;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : typeof key.value === 'symbol' ? key.value.description : String(key.value);
  return undefined;
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type !== undefined && key.type !== Scalar.PLAIN)) return false;
  // With `merge: true` the `yaml` package gives the key the value Symbol(<<).
  return key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<');
}

function buildMap(map: import('yaml').YAMLMap, ctx: BuildContext): YMap {
  const range = toRange(map, { start: 0, end: 0 });
  const out: Mutable<YMap> = { kind: 'map', pairs: [], flow: map.flow === true, range };
  const pairs: YPair[] = [];
  const merged: YPair[] = [];
  for (const item of map.items) {
    if (!isPair(item)) continue;
    if (isMergeKey(item.key)) {
      merged.push(...mergeSources(item.value, ctx, range));
      continue;
    }
    const key = keyText(item.key);
    if (key === undefined) continue;
    const keyRange = toRange(item.key as YamlNode, range);
    const value = build(item.value, ctx, { start: keyRange.end, end: keyRange.end });
    pairs.push({ key, keyRange, value: adopt(value, out, key, keyRange) });
  }
  // Keys written in the map win over merged ones; among merged maps the first one listed wins.
  const seen = new Set(pairs.map((p) => p.key));
  for (const pair of merged) {
    if (seen.has(pair.key)) continue;
    seen.add(pair.key);
    pairs.push(pair);
  }
  out.pairs = pairs;
  return out;
}

function mergeSources(value: unknown, ctx: BuildContext, fallback: Range): YPair[] {
  const resolved = resolveAlias(value, ctx);
  const sources = isSeq(resolved) ? resolved.items : resolved === undefined ? [] : [resolved];
  const out: YPair[] = [];
  for (const source of sources) {
    const built = build(source, ctx, fallback);
    if (built.kind === 'map') out.push(...built.pairs);
  }
  return out;
}

function buildSeq(seq: import('yaml').YAMLSeq, ctx: BuildContext): YSeq {
  const range = toRange(seq, { start: 0, end: 0 });
  const out: Mutable<YSeq> = { kind: 'seq', items: [], flow: seq.flow === true, range };
  out.items = seq.items.map((item, index) => {
    const value = build(item, ctx, range);
    return adopt(value, out, index, value.range);
  });
  return out;
}

/** Records where a node sits, the first time it is placed (aliased nodes keep their anchor's place). */
function adopt(node: YNode, parent: YNode, key: string | number, keyRange: Range): YNode {
  if (node.parent !== undefined || node.key !== undefined) return node;
  const mutable = node as Mutable<YNode>;
  mutable.parent = parent;
  mutable.key = key;
  mutable.keyRange = keyRange;
  return node;
}

/** The located tree of a document's contents (undefined for an empty document), with alias errors. */
export function toYamlTree(doc: Document): { root: YNode | undefined; problems: YamlProblem[] } {
  if (doc.contents === null || doc.contents === undefined) return { root: undefined, problems: [] };
  const ctx: BuildContext = { doc, built: new Map(), building: new Set(), problems: [] };
  const root = build(doc.contents, ctx, { start: 0, end: 0 });
  return { root, problems: ctx.problems };
}
