// Duplicate map keys, found in linear time. The `yaml` package's own check (`uniqueKeys: true`)
// compares each new key with every earlier key of its map (compose/util-map-includes.ts
// `mapIncludes`), so one map of n keys costs n²/2 comparisons: 40k keys took 8 s. Parsing runs
// with `uniqueKeys: false` and this pass reports the same problem, with a Set per map.
import { isScalar, visit, type Document, type Node as YamlNode } from 'yaml';
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
export function findDuplicateKeys(doc: Document): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) problems.push(duplicateKeyProblem(key));
        else seen.add(key.value);
      }
    },
  });
  return problems;
}
