// Duplicate map keys, found in linear time. The `yaml` package's own check (`uniqueKeys: true`)
// compares each new key with every earlier key of its map (compose/util-map-includes.ts
// `mapIncludes`), so one map of n keys costs n²/2 comparisons: 40k keys took 8 s. Parsing runs
// with `uniqueKeys: false` and this pass reports the same problem, with a Set per map.
import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { YamlProblem } from './yamlProblem';

/** Same code, message and place as `mapIncludes` gives them (resolve-block-map.ts `keyStart`). */
function duplicateKeyProblem(key: YamlNode): YamlProblem {
  const start = key.range?.[0] ?? 0;
  return { code: 'DUPLICATE_KEY', message: 'Map keys must be unique', range: { start, end: start + 1 }, severity: 'error' };
}

/**
 * Keys equal as `mapIncludes` compares them: scalars by value. Other keys (collections, aliases)
 * only equal themselves, and one node never sits twice in a map, so they are never duplicates.
 */
const SMALL_MAP = 16;

export function findDuplicateKeys(doc: Document): YamlProblem[] {
  const problems: YamlProblem[] = [];
  // An explicit stack, not `yaml`'s visit(): visit builds a frozen path array for every node,
  // which cost about 4% of a whole check. Aliases are not followed, as visit does not follow them.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) stack.push(node.key, node.value);
    else if (isSeq(node)) pushAll(stack, node.items);
    else if (isMap(node)) {
      duplicatesIn(node.items, problems);
      pushAll(stack, node.items);
    }
  }
  return problems.sort((a, b) => a.range.start - b.range.start);
}

/** Small maps (nearly all of them) compare pairwise; a Set keeps a big one linear. */
function duplicatesIn(pairs: readonly Pair[], problems: YamlProblem[]): void {
  const seen = pairs.length > SMALL_MAP ? new Set<unknown>() : undefined;
  pairs.forEach(({ key }, i) => {
    if (!isScalar(key)) return;
    const repeated = seen ? seen.has(key.value) : earlierKeyEquals(pairs, i, key.value);
    if (repeated) problems.push(duplicateKeyProblem(key));
    else seen?.add(key.value);
  });
}

function earlierKeyEquals(pairs: readonly Pair[], end: number, value: unknown): boolean {
  for (let j = 0; j < end; j++) {
    const key = pairs[j].key;
    if (isScalar(key) && key.value === value) return true;
  }
  return false;
}

/** `stack.push(...items)` overflows the call stack for a map of 200k keys. */
function pushAll(stack: unknown[], items: readonly unknown[]): void {
  for (const item of items) stack.push(item);
}
