// Views of a resource that many rules read (its containers, volumes, mounts, claim templates,
// ports): worked out once per parsed document and shared, as the engine caches document-scope
// findings, so each added rule costs its own logic and not one more walk of the same fields.
// Keyed by the resource's root node: the parse keeps it while its text is unchanged, and a
// List's items have roots of their own.
import type { Resource } from './resource';
import type { YMap } from './types';

/** `compute` once per resource root; what it returns is shared, so it must be read-only. */
export function memoByRoot<T>(compute: (resource: Resource) => T): (resource: Resource) => T {
  const cache = new WeakMap<YMap, T>();
  return (resource) => {
    if (cache.has(resource.root)) return cache.get(resource.root)!;
    const value = compute(resource);
    cache.set(resource.root, value);
    return value;
  };
}
