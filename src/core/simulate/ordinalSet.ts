// A set of pod ordinals with cheap min() and max(): a Set plus two heaps with lazy deletion. The
// controller asks "the lowest unhealthy ordinal" or "the highest outdated one" on every sync, and
// answering by scanning every pod would make a simulation quadratic in the replica count.

/** A binary heap; `before(a, b)` says whether a comes out first. */
export class Heap<T> {
  readonly #items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.#items.length;
  }

  push(value: T): void {
    const items = this.#items;
    items.push(value);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  pop(): T | undefined {
    const items = this.#items;
    const first = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return first;
    items[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < items.length && this.before(items[left], items[best])) best = left;
      if (right < items.length && this.before(items[right], items[best])) best = right;
      if (best === i) break;
      [items[i], items[best]] = [items[best], items[i]];
      i = best;
    }
    return first;
  }

  clear(): void {
    this.#items.length = 0;
  }
}

export class OrdinalSet {
  readonly #members = new Set<number>();
  readonly #low = new Heap<number>((a, b) => a < b);
  readonly #high = new Heap<number>((a, b) => a > b);

  get size(): number {
    return this.#members.size;
  }

  has(ordinal: number): boolean {
    return this.#members.has(ordinal);
  }

  set(ordinal: number, member: boolean): void {
    if (member === this.#members.has(ordinal)) return;
    if (!member) {
      this.#members.delete(ordinal);
      return;
    }
    this.#members.add(ordinal);
    this.#low.push(ordinal);
    this.#high.push(ordinal);
    // Removed members stay in the heaps until they reach the top; a heap that is only ever asked
    // for its minimum keeps every maximum ever added. Rebuilding both once they hold twice the
    // members keeps them (and each push) proportional to the set, at O(1) amortised per change.
    if (this.#low.size + this.#high.size > 4 * this.#members.size + 64) this.#compact();
  }

  #compact(): void {
    this.#low.clear();
    this.#high.clear();
    for (const member of this.#members) {
      this.#low.push(member);
      this.#high.push(member);
    }
  }

  min(): number | undefined {
    return this.#top(this.#low);
  }

  max(): number | undefined {
    return this.#top(this.#high);
  }

  /** Members in ascending order (a copy: callers may change the set while iterating). */
  ascending(): number[] {
    return [...this.#members].sort((a, b) => a - b);
  }

  clear(): void {
    this.#members.clear();
    this.#low.clear();
    this.#high.clear();
  }

  #top(heap: Heap<number>): number | undefined {
    for (let top = heap.peek(); top !== undefined; top = heap.peek()) {
      if (this.#members.has(top)) return top;
      heap.pop();
    }
    return undefined;
  }
}
