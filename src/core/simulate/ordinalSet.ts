// A set of pod ordinals with cheap min() and max(): words of 32 members plus two heaps of blocks
// with lazy deletion. The controller asks "the lowest unhealthy ordinal" or "the highest outdated one" on every sync, and
// answering by scanning every pod would make a simulation quadratic in the replica count.
import { OrdinalMap } from './ordinalMap';

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

/** Ordinals per block: the bits of one 32-bit word. */
const BLOCK = 32;

/** The lowest and highest member of a block's non-zero word. */
const lowestBit = (word: number) => 31 - Math.clz32(word & -word);
const highestBit = (word: number) => 31 - Math.clz32(word);

/**
 * A set of ordinals as words of 32 members keyed by block (ordinal / 32), with min-heaps and
 * max-heaps of the non-empty blocks. A Set of 10,000 numbers was a hash table of 10,000 entries
 * that every sync probed at random places, and each member added went into both heaps: with
 * blocks, the replicas of a set sit in about 300 words, and a heap changes only when a block
 * turns empty or non-empty.
 */
export class OrdinalSet {
  readonly #blocks = new OrdinalMap<number>();
  #size = 0;
  readonly #low = new Heap<number>((a, b) => a < b);
  readonly #high = new Heap<number>((a, b) => a > b);

  get size(): number {
    return this.#size;
  }

  has(ordinal: number): boolean {
    const block = Math.floor(ordinal / BLOCK);
    return ((this.#blocks.get(block) ?? 0) & (1 << (ordinal - block * BLOCK))) !== 0;
  }

  set(ordinal: number, member: boolean): void {
    const block = Math.floor(ordinal / BLOCK);
    const bit = 1 << (ordinal - block * BLOCK);
    const word = this.#blocks.get(block) ?? 0;
    if (member === ((word & bit) !== 0)) return;
    this.#size += member ? 1 : -1;
    const next = member ? word | bit : word & ~bit;
    if (next === 0) this.#blocks.delete(block);
    else this.#blocks.set(block, next);
    if (word === 0) this.#pushBlock(block);
  }

  #pushBlock(block: number): void {
    this.#low.push(block);
    this.#high.push(block);
    // Blocks emptied stay in the heaps until they reach the top; a heap that is only ever asked
    // for its minimum keeps every maximum ever added. Rebuilding both once they hold four times
    // the blocks keeps them (and each push) proportional to the set, at O(1) amortised per change.
    if (this.#low.size + this.#high.size > 4 * this.#blocks.size + 64) this.#compact();
  }

  #compact(): void {
    this.#low.clear();
    this.#high.clear();
    for (const block of this.#blocks.keys()) {
      this.#low.push(block);
      this.#high.push(block);
    }
  }

  min(): number | undefined {
    const block = this.#top(this.#low);
    return block === undefined ? undefined : block * BLOCK + lowestBit(this.#blocks.get(block)!);
  }

  max(): number | undefined {
    const block = this.#top(this.#high);
    return block === undefined ? undefined : block * BLOCK + highestBit(this.#blocks.get(block)!);
  }

  /** Members in ascending order (a copy: callers may change the set while iterating). */
  ascending(): number[] {
    const members: number[] = [];
    if (this.#size === 0) return members;
    for (const block of this.#blocks.keys()) {
      const word = this.#blocks.get(block)!;
      for (let bit = 0; bit < BLOCK; bit++) if ((word & (1 << bit)) !== 0) members.push(block * BLOCK + bit);
    }
    return members;
  }

  clear(): void {
    this.#blocks.clear();
    this.#size = 0;
    this.#low.clear();
    this.#high.clear();
  }

  /** The heap's top block that still has members, dropping those emptied since they were pushed. */
  #top(heap: Heap<number>): number | undefined {
    for (let top = heap.peek(); top !== undefined; top = heap.peek()) {
      if (this.#blocks.has(top)) return top;
      heap.pop();
    }
    return undefined;
  }
}
