import * as assert from 'node:assert/strict';
import { compareQuantities, isWholeQuantity, quantityValue } from '../../../src/core/model/quantityValue';

const cmp = (a: string | number, b: string | number) => compareQuantities(quantityValue(a)!, quantityValue(b)!);

describe('quantityValue (Quantity.Cmp for requests against limits)', () => {
  it('compares decimal, binary and exponent suffixes exactly, as Quantity.Cmp does', () => {
    assert.equal(cmp('500m', '0.5'), 0);
    assert.equal(cmp('1Gi', '1024Mi'), 0);
    assert.equal(cmp('1e3', '1k'), 0);
    assert.equal(cmp(2e9, '2G'), 0);
    assert.equal(cmp('1.5Gi', '1Gi'), 1);
    assert.equal(cmp('1G', '1Gi'), -1);
    assert.equal(cmp(' 100Mi ', '100Mi'), 0);
    assert.equal(cmp('-1', '0'), -1);
    assert.equal(cmp('1n', '0'), 1);
  });

  it('counts whole units as MilliValue() % 1000 does, rounding the milli value up', () => {
    assert.equal(isWholeQuantity(quantityValue('2')!), true);
    assert.equal(isWholeQuantity(quantityValue('2000m')!), true);
    assert.equal(isWholeQuantity(quantityValue('0.5')!), false);
    assert.equal(isWholeQuantity(quantityValue('0.0001')!), false);
  });

  it('gives up on invalid quantities and on very long texts or exponents instead of building huge numbers', () => {
    assert.equal(quantityValue('1.5.5'), undefined);
    assert.equal(quantityValue('10Gb'), undefined);
    assert.equal(quantityValue(`1${'0'.repeat(100_000)}`), undefined);
    assert.equal(quantityValue('1e999999'), undefined);
  });
});
