import * as assert from 'node:assert/strict';
import { Random } from '../fuzz/prng';
import { OrdinalSet } from '../../../src/core/simulate/ordinalSet';

/** Ordinals around block edges (31, 32, 63, 64), far apart, and past 2^31 and 2^32. */
const POOLS: readonly (readonly number[])[] = [
  Array.from({ length: 200 }, (_, i) => i),
  [0, 1, 30, 31, 32, 33, 63, 64, 65, 95, 96, 1_000_000, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 31, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 5],
];

describe('OrdinalSet', () => {
  for (const [p, pool] of POOLS.entries()) {
    for (const seed of [1, 2, 3]) {
      it(`answers has, size, min, max and ascending as a sorted reference does, through 3,000 seeded changes (pool ${p}, seed ${seed})`, () => {
        const random = new Random(seed);
        const next = () => random.next();
        const set = new OrdinalSet();
        const reference = new Set<number>();
        for (let step = 0; step < 3000; step++) {
          const ordinal = pool[Math.floor(next() * pool.length)];
          // Mostly adds early and mostly removals late, so the set fills, empties and the heaps compact.
          const member = next() < (step < 1500 ? 0.7 : 0.3);
          set.set(ordinal, member);
          if (member) reference.add(ordinal);
          else reference.delete(ordinal);
          if (step % 97 === 0 && next() < 0.1) {
            set.clear();
            reference.clear();
          }
          const sorted = [...reference].sort((a, b) => a - b);
          assert.equal(set.size, sorted.length, `size after step ${step}`);
          assert.equal(set.min(), sorted[0], `min after step ${step}`);
          assert.equal(set.max(), sorted[sorted.length - 1], `max after step ${step}`);
          assert.equal(set.has(ordinal), reference.has(ordinal), `has after step ${step}`);
          if (step % 50 === 0) assert.deepEqual(set.ascending(), sorted, `ascending after step ${step}`);
        }
      });
    }
  }
});
