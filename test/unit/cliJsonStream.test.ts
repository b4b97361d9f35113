import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { writeJsonArray } from '../../src/cli/jsonStream';

function streamed(items: unknown[], indent: string): { text: string; writes: number } {
  const chunks: string[] = [];
  writeJsonArray(items, indent, (chunk) => chunks.push(chunk));
  return { text: chunks.join(''), writes: chunks.length };
}

describe('writeJsonArray', () => {
  it('writes exactly what JSON.stringify(array, null, 2) gives, one write per element', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), (items) => {
        const { text, writes } = streamed(items, '');
        assert.equal(text, JSON.stringify(items, null, 2));
        assert.equal(writes, items.length + 1);
      }),
    );
  });

  it('writes exactly what JSON.stringify gives for the array nested in an object', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), (items) => {
        const whole = JSON.stringify({ runs: [{ results: items }] }, null, 2);
        const [before, after] = JSON.stringify({ runs: [{ results: 0 }] }, null, 2).split('0');
        assert.equal(before + streamed(items, '      ').text + after, whole);
      }),
    );
  });
});
