// The compact index of closed files (issue #12): per file, the summaries of its resources (kind,
// group, name, namespace, labels, selectors, ports, claim templates and their ranges), never the
// parsed trees. Look-ups by the keys cross-file rules and navigation use are built once per change
// of the index, so a request costs a few map reads, not a scan of every file.
import type { ResourceSummary } from '../core/index';
import { addLookups, emptyLookups, pairKey, type HeadlessServices, type Lookups, type SummaryRef } from './closedLookups';
import { Interner } from './interner';

export type { SummaryRef } from './closedLookups';

export interface ClosedFile {
  readonly uri: string;
  readonly summaries: readonly ResourceSummary[];
  /** Increases with each read of the file: re-parsed documents are cached per generation. */
  readonly generation: number;
}

export class ClosedIndex {
  readonly #files = new Map<string, ClosedFile>();
  /** Strings of the summaries, held once and apart from the files' texts (interner.ts). */
  readonly #strings = new Interner();
  #generation = 0;
  #lookups: Lookups | undefined;

  get size(): number {
    return this.#files.size;
  }

  get(uri: string): ClosedFile | undefined {
    return this.#files.get(uri);
  }

  uris(): string[] {
    return [...this.#files.keys()];
  }

  set(uri: string, read: readonly ResourceSummary[]): ClosedFile {
    const summaries = read.map((summary) => this.#strings.summary(summary));
    const file = { uri, summaries, generation: ++this.#generation };
    // A new file extends the look-ups (indexing only adds: a hover meanwhile must not rebuild
    // them over every file); a replaced one makes them stale.
    if (this.#files.has(uri)) this.#lookups = undefined;
    else if (this.#lookups) for (const summary of summaries) addLookups(this.#lookups, { uri, summary });
    this.#files.set(uri, file);
    return file;
  }

  delete(uri: string): boolean {
    if (!this.#files.delete(uri)) return false;
    this.#lookups = undefined;
    return true;
  }

  clear(): void {
    this.#files.clear();
    this.#strings.clear();
    this.#lookups = undefined;
  }

  /** Resources of a type, in index order; '*': every resource. */
  *ofType(type: string): Iterable<SummaryRef> {
    if (type === '*') {
      for (const { uri, summaries } of this.#files.values()) for (const summary of summaries) yield { uri, summary };
    } else {
      yield* this.#built().byType.get(type) ?? [];
    }
  }

  /** Resources of a type (`Service`, `StatefulSet`, `Endpoints`) with that name, any namespace. */
  named(type: string, name: string): readonly SummaryRef[] {
    return this.#built().byTypeAndName.get(`${type}\0${name}`) ?? [];
  }

  /** StatefulSets whose `spec.serviceName` is `name`. */
  statefulSetsNaming(name: string): readonly SummaryRef[] {
    return this.#built().statefulSetsByServiceName.get(name) ?? [];
  }

  /** Resources of a type in a namespace, in index order. */
  inNamespace(type: string, namespace: string): readonly SummaryRef[] {
    return this.#built().byTypeAndNamespace.get(`${type}\0${namespace}`) ?? [];
  }

  /** EndpointSlices labelled for the Service `name`. */
  slicesFor(name: string): readonly SummaryRef[] {
    return this.#built().slicesByServiceName.get(name) ?? [];
  }

  /** The headless Services (with a name) of a namespace, filed for look-ups by name and selector. */
  headlessIn(namespace: string): HeadlessServices | undefined {
    return this.#built().headlessByNamespace.get(namespace);
  }

  /** StatefulSets of a namespace whose pod template carries the label `pair`, in index order. */
  statefulSetsLabelled(namespace: string, pair: readonly [string, string]): readonly SummaryRef[] {
    return this.#built().statefulSetsByLabel.get(pairKey(namespace, pair)) ?? [];
  }

  /** The first `max` of `candidates` that `matches` accepts. */
  static firstMatching(candidates: readonly SummaryRef[], matches: (summary: ResourceSummary) => boolean, max: number): SummaryRef[] {
    const out: SummaryRef[] = [];
    for (const ref of candidates) {
      if (out.length >= max) break;
      if (matches(ref.summary)) out.push(ref);
    }
    return out;
  }

  #built(): Lookups {
    if (this.#lookups) return this.#lookups;
    const lookups = emptyLookups();
    for (const { uri, summaries } of this.#files.values()) {
      for (const summary of summaries) addLookups(lookups, { uri, summary });
    }
    return (this.#lookups = lookups);
  }
}
