// The located tree as plain JSON values (what the simulator patches and reads). The tree keeps an
// aliased node shared (yamlTree.ts), so `check` stays linear in the text even for a "billion
// laughs"; turning it into values copies every alias, and 700 bytes can ask for a billion values.
// Every conversion therefore counts the copies first (linear in the tree) and refuses past a
// budget, as go-yaml v2 refuses "excessive aliasing" past 400,000 values (decode.go
// `allowedAliasRatio`, the fix of CVE-2019-11253) — which Kubernetes then reports as a decode error.
import { t } from '../l10n/messages';
import { isMap, isSeq, type YNode } from '../model/types';

/** Values that aliases may copy into one conversion (go-yaml's aliasRatioRangeLow). */
export const ALIAS_EXPANSION_LIMIT = 400_000;

/** Deeper values become null (no manifest field the simulator reads is that deep). */
const MAX_DEPTH = 64;

export class AliasExpansionError extends Error {}

function childrenOf(node: YNode): readonly YNode[] {
  if (isMap(node)) return node.pairs.map((pair) => pair.value);
  return isSeq(node) ? node.items : [];
}

/** Nodes of the tree once every alias is copied, memoised per shared node: linear in the tree. */
function expandedSize(node: YNode, sizes: Map<YNode, number>): number {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  let size = 1;
  for (const child of childrenOf(node)) size += expandedSize(child, sizes);
  sizes.set(node, size);
  return size;
}

/** Why `node` cannot be turned into values (its aliases copy too much), or undefined. */
export function findAliasExpansionProblem(node: YNode | undefined, limit = ALIAS_EXPANSION_LIMIT): string | undefined {
  if (node === undefined) return undefined;
  const sizes = new Map<YNode, number>();
  const copies = expandedSize(node, sizes) - sizes.size; // every node past its first place is a copy
  return copies > limit ? t('engine.aliasExpansion', copies, limit) : undefined;
}

function convert(node: YNode, depth: number): unknown {
  if (depth > MAX_DEPTH) return null;
  if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.pairs) out[pair.key] = convert(pair.value, depth + 1);
    return out;
  }
  return node.value;
}

/** Plain JSON of a located node; throws AliasExpansionError when its aliases copy over `limit` values. */
export function toPlainValue(node: YNode | undefined, limit = ALIAS_EXPANSION_LIMIT): unknown {
  const problem = findAliasExpansionProblem(node, limit);
  if (problem !== undefined) throw new AliasExpansionError(problem);
  return node === undefined ? null : convert(node, 0);
}
