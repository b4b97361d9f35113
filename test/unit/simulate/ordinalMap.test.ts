import * as assert from 'node:assert/strict';
import { Random } from '../fuzz/prng';
import { OrdinalMap } from '../../../src/core/simulate/ordinalMap';

/** Dense ordinals, the array's limit (2^16) on both sides, and ordinals far past it (a large ordinals.start). */
const POOL: readonly number[] = [...Array.from({ length: 40 }, (_, i) => i), 65_534, 65_535, 65_536, 65_537, 100_000, 1_000_000, 2 ** 31, 2 ** 40 + 5];

describe('OrdinalMap', () => {
  for (const seed of [1, 2, 3]) {
    it(`answers get, has, size, keys and values as a Map sorted by key does, through 3,000 seeded changes (seed ${seed})`, () => {
      const random = new Random(seed);
        const next = () => random.next();
      const map = new OrdinalMap<string>();
      const reference = new Map<number, string>();
      for (let step = 0; step < 3000; step++) {
        const ordinal = POOL[Math.floor(next() * POOL.length)];
        if (next() < (step < 1500 ? 0.7 : 0.3)) {
          map.set(ordinal, `v${step}`);
          reference.set(ordinal, `v${step}`);
        } else {
          map.delete(ordinal);
          reference.delete(ordinal);
        }
        if (step % 211 === 0 && next() < 0.2) {
          map.clear();
          reference.clear();
        }
        const keys = [...reference.keys()].sort((a, b) => a - b);
        assert.equal(map.size, keys.length, `size after step ${step}`);
        assert.deepEqual([...map.keys()], keys, `keys after step ${step}`);
        assert.deepEqual([...map.values()], keys.map((k) => reference.get(k)), `values after step ${step}`);
        for (const probe of POOL) {
          assert.equal(map.get(probe), reference.get(probe), `get(${probe}) after step ${step}`);
          assert.equal(map.has(probe), reference.has(probe), `has(${probe}) after step ${step}`);
        }
      }
    });
  }
});
