// Change findings depend only on the two parsed documents, and a parse is reused while its text is
// unchanged (parseFile's cache), so they are remembered per pair of trees: a check against a
// baseline then costs a look-up per resource until one side is edited.
import type { Resource } from '../model/resource';
import type { YMap } from '../model/types';

export function memoByPair<T>(compute: (edited: Resource, baseline: Resource) => T): (edited: Resource, baseline: Resource) => T {
  const cache = new WeakMap<YMap, WeakMap<YMap, T>>();
  return (edited, baseline) => {
    let byBaseline = cache.get(edited.root);
    if (!byBaseline) cache.set(edited.root, (byBaseline = new WeakMap()));
    if (!byBaseline.has(baseline.root)) byBaseline.set(baseline.root, compute(edited, baseline));
    return byBaseline.get(baseline.root)!;
  };
}
