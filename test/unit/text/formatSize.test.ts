import * as assert from 'node:assert/strict';
import { formatSize } from '../../../src/core/text/formatSize';

describe('formatSize', () => {
  it('says bytes below 1 KB, then KB, MB and GB with one decimal, so small limits do not read as 0.0 MB', () => {
    assert.deepEqual([10, 1023, 1024, 1536, 5 * 1024 * 1024, 3 * 1024 ** 3].map(formatSize), ['10 B', '1023 B', '1.0 KB', '1.5 KB', '5.0 MB', '3.0 GB']);
  });
});
