// Every resource of every file checked together, with the look-ups cross-resource rules need.
import type { Resource } from './resource';

export class ResourceIndex {
  readonly #byKindAndName = new Map<string, Resource[]>();
  readonly #byKindNamespaceAndName = new Map<string, Resource[]>();
  readonly #byKind = new Map<string, Resource[]>();
  readonly #byUri = new Map<string, Resource[]>();

  constructor(readonly resources: readonly Resource[]) {
    for (const resource of resources) {
      push(this.#byKind, resource.type, resource);
      push(this.#byUri, resource.uri, resource);
      if (!resource.name) continue;
      push(this.#byKindAndName, `${resource.type}/${resource.name.value}`, resource);
      push(this.#byKindNamespaceAndName, namespacedKey(resource.type, resource.namespace, resource.name.value), resource);
    }
  }

  /** Resources of a type (see Resource.type: `StatefulSet`, `Service`, or `group/Kind`). */
  ofKind(kind: string): readonly Resource[] {
    return this.#byKind.get(kind) ?? [];
  }

  /** The resources of one file, in document order. */
  inFile(uri: string): readonly Resource[] {
    return this.#byUri.get(uri) ?? [];
  }

  /** Resources of a kind with that name, in any namespace. */
  named(kind: string, name: string): readonly Resource[] {
    return this.#byKindAndName.get(`${kind}/${name}`) ?? [];
  }

  /** Resources of a kind with that name in one namespace. */
  namedIn(kind: string, namespace: string, name: string): readonly Resource[] {
    return this.#byKindNamespaceAndName.get(namespacedKey(kind, namespace, name)) ?? [];
  }
}

/**
 * Of the resources of one document (the document's own object first, then a List's items), the
 * item whose object holds the document-relative offset, else the document's own resource.
 */
export function innermostResource(resources: readonly Resource[], offset: number): Resource | undefined {
  const item = resources.find((r, i) => i > 0 && r.root.range.start <= offset && offset <= r.root.range.end);
  return item ?? resources[0];
}

// A NUL cannot occur in a kind, namespace or name that matches anything, so keys never collide.
function namespacedKey(kind: string, namespace: string, name: string): string {
  return `${kind}\0${namespace}\0${name}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
