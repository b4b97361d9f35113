import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { quote, shorten, SHORT_HEAD, SHORT_TAIL } from '../../../src/core/model/names';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('shorten and quote (user values in messages)', () => {
  it('keeps a value of up to head + tail + 1 characters whole', () => {
    const fits = 'x'.repeat(SHORT_HEAD + SHORT_TAIL + 1);
    assert.equal(shorten(fits), fits);
    assert.equal(quote('web'), '"web"');
  });

  it('keeps the first 100 and the last 20 characters of a longer value around …', () => {
    const value = `${'h'.repeat(SHORT_HEAD)}${'m'.repeat(2 * 1024 * 1024)}${'t'.repeat(SHORT_TAIL)}`;
    assert.equal(shorten(value), `${'h'.repeat(SHORT_HEAD)}…${'t'.repeat(SHORT_TAIL)}`);
    assert.equal(quote(value), JSON.stringify(shorten(value)));
  });

  it('never splits a surrogate pair, and stays within head + tail + 1 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (text, head, tail) => {
        const short = shorten(text, head, tail);
        assert.ok(short.length <= head + tail + 1);
        assert.doesNotMatch(short, LONE_SURROGATE);
      }),
    );
  });
});
