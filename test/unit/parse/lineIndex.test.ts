import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { LineIndex } from '../../../src/core/parse/lineIndex';

describe('LineIndex (offsets to 0-based positions, as VS Code counts them)', () => {
  it('maps offsets to 0-based lines and characters', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    assert.deepEqual([0, 2, 3, 6, 7, 9].map((o) => index.positionAt(o)), [
      { line: 0, character: 0 }, { line: 0, character: 2 }, { line: 1, character: 0 },
      { line: 2, character: 0 }, { line: 3, character: 0 }, { line: 3, character: 2 },
    ]);
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
  });

  it('round-trips every offset', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).map((s) => s.replace(/\r/g, '')), fc.nat(), (text, n) => {
        const index = new LineIndex(text);
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        assert.equal(index.offsetAt(index.positionAt(offset)), offset);
      }),
    );
  });
});
