import * as assert from 'node:assert/strict';
import { diffValues, normalizeValue } from '../../../src/core/change/normalize';
import { canonicalQuantity, compareQuantities } from '../../../src/core/change/quantityValue';
import { mergePatchFrom } from '../../../src/core/change/rollout';

describe('values as the apiserver compares them on update', () => {
  it('compares quantities by value, as Quantity.Cmp does (apiequality.Semantic)', () => {
    assert.equal(canonicalQuantity('1Gi'), canonicalQuantity('1024Mi'));
    assert.equal(canonicalQuantity(1), canonicalQuantity('1'));
    assert.equal(canonicalQuantity('1.5G'), canonicalQuantity('1500M'));
    assert.equal(canonicalQuantity('100m'), canonicalQuantity('0.1'));
    assert.equal(canonicalQuantity('1e3'), canonicalQuantity('1k'));
    assert.notEqual(canonicalQuantity('1G'), canonicalQuantity('1Gi'));
    assert.equal(canonicalQuantity('1 Gi'), undefined);
    assert.equal(canonicalQuantity('Gi'), undefined);
    assert.deepEqual([compareQuantities('2Gi', '1Gi'), compareQuantities('500Mi', '1Gi'), compareQuantities('1Gi', '1024Mi'), compareQuantities('x', '1')], [1, -1, 0, undefined]);
  });

  it('treats null, empty lists and empty label maps as unset, but keeps an empty struct', () => {
    assert.deepEqual(normalizeValue({ a: null, b: [], labels: {}, rollingUpdate: {}, c: 1 }), { rollingUpdate: {}, c: 1 });
    assert.deepEqual(normalizeValue({ requests: { storage: '1Gi' } }), { requests: { storage: canonicalQuantity('1Gi') } });
  });

  it('finds the smallest differing places, and a list of another length whole', () => {
    const before = { selector: { matchLabels: { app: 'a' } }, list: [1, 2], same: { x: 1 } };
    const after = { selector: { matchLabels: { app: 'b' } }, list: [1], same: { x: 1 } };
    assert.deepEqual(diffValues(before, after, 'spec').map((c) => c.path), ['spec.list', 'spec.selector.matchLabels.app']);
  });

  it('builds the JSON merge patch kubectl apply sends: changed keys, null for removed ones, lists whole', () => {
    assert.deepEqual(mergePatchFrom({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }, { a: 1, b: { c: 4 }, e: [1], f: 'new' }), { b: { c: 4, d: null }, e: [1], f: 'new' });
  });
});
