// The baseline's resources by identity (identity.ts), built once per baseline (per git ref in the
// CLI; per HEAD move in the editor) so that a check only looks identities up. Two resources of one
// identity on either side have no baseline: which one is "the" object is not knowable, so neither
// is compared (docs/change-model.md §1).
import type { Resource } from '../model/resource';
import { identityOf } from './identity';

/** What a check needs: the baseline of a working-tree resource, or undefined (new, unmatched). */
export type BaselineLookup = (resource: Resource) => Resource | undefined;

/** What can match working-tree resources with their baseline (a BaselineIndex). */
export interface BaselineMatcher {
  lookupFor(working: readonly Resource[]): BaselineLookup;
}

/** A document with a YAML error says nothing reliable about the object: its resource is left out. */
function hasYamlError(resource: Resource): boolean {
  return resource.doc.chunk.problems.some((problem) => problem.severity === 'error');
}

/** Counts identities; the resources of identities seen more than once are dropped from `unique`. */
function byIdentity(resources: readonly Resource[]): { unique: Map<string, Resource>; duplicated: Set<string> } {
  const unique = new Map<string, Resource>();
  const duplicated = new Set<string>();
  for (const resource of resources) {
    const id = identityOf(resource);
    if (id === undefined) continue;
    if (unique.has(id) || duplicated.has(id)) {
      unique.delete(id);
      duplicated.add(id);
    } else unique.set(id, resource);
  }
  return { unique, duplicated };
}

export class BaselineIndex implements BaselineMatcher {
  readonly #byId: Map<string, Resource>;
  /** Identities written more than once in the baseline. */
  readonly duplicated: ReadonlySet<string>;

  constructor(resources: readonly Resource[]) {
    const { unique, duplicated } = byIdentity(resources.filter((r) => !hasYamlError(r)));
    this.#byId = unique;
    this.duplicated = duplicated;
  }

  get(id: string): Resource | undefined {
    return this.#byId.get(id);
  }

  /** Every baseline resource with a unique identity, in baseline order. */
  resources(): Resource[] {
    return [...this.#byId.values()];
  }

  /**
   * The lookup of one set of working-tree resources (these objects: a resource collected again from
   * the same file is another object and matches nothing). Linear in them, so it can run on every
   * check: each identity is computed once, here, and a look-up is one map read. An identity written
   * twice in the working tree matches nothing.
   */
  lookupFor(working: readonly Resource[]): BaselineLookup {
    const { unique } = byIdentity(working);
    const matched = new Map<Resource, Resource>();
    for (const [id, resource] of unique) {
      const before = this.#byId.get(id);
      if (before) matched.set(resource, before);
    }
    return (resource) => matched.get(resource);
  }
}
