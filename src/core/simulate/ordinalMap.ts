// A map keyed by pod ordinal (or any small non-negative integer: OrdinalSet keys its blocks of 32
// ordinals with one). The store looks a pod up by its ordinal several times per event; a Map of
// 10,000 numbers is a hash table probed at a scattered place on every look-up. Ordinals are dense
// from spec.ordinals.start, so an array indexed by ordinal keeps them in order, one slot each; an
// ordinal at or beyond DENSE_LIMIT (a start of 1,000,000, say) goes to a Map instead, so no array
// grows with the start.

/** Ordinals below this sit in the array (replicas are at most 10,000; starts are usually 0 or 1). */
const DENSE_LIMIT = 1 << 16;

export class OrdinalMap<T> {
  /** Slot per ordinal below DENSE_LIMIT, undefined when absent; grown by push, so it never has holes. */
  readonly #dense: (T | undefined)[] = [];
  readonly #sparse = new Map<number, T>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(ordinal: number): T | undefined {
    return ordinal >= 0 && ordinal < DENSE_LIMIT ? this.#dense[ordinal] : this.#sparse.get(ordinal);
  }

  set(ordinal: number, value: T): void {
    if (ordinal < 0 || ordinal >= DENSE_LIMIT) {
      if (!this.#sparse.has(ordinal)) this.#size++;
      this.#sparse.set(ordinal, value);
      return;
    }
    const dense = this.#dense;
    while (dense.length <= ordinal) dense.push(undefined);
    if (dense[ordinal] === undefined) this.#size++;
    dense[ordinal] = value;
  }

  delete(ordinal: number): void {
    if (ordinal < 0 || ordinal >= DENSE_LIMIT) {
      if (this.#sparse.delete(ordinal)) this.#size--;
    } else if (this.#dense[ordinal] !== undefined) {
      this.#dense[ordinal] = undefined;
      this.#size--;
    }
  }

  has(ordinal: number): boolean {
    return this.get(ordinal) !== undefined;
  }

  /** The ordinals present, ascending. */
  *keys(): IterableIterator<number> {
    const dense = this.#dense;
    for (let ordinal = 0; ordinal < dense.length; ordinal++) if (dense[ordinal] !== undefined) yield ordinal;
    yield* [...this.#sparse.keys()].sort((a, b) => a - b);
  }

  /** The values, in ascending ordinal order. */
  *values(): IterableIterator<T> {
    for (const ordinal of this.keys()) yield this.get(ordinal)!;
  }

  clear(): void {
    this.#dense.length = 0;
    this.#sparse.clear();
    this.#size = 0;
  }
}
