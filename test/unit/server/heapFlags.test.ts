// The server's V8 setting (src/server/heapFlags.ts): with it, the young generation does not grow
// under the allocation of re-checking a workspace (parse trees that live a little while); without
// it, the same allocation grows it. Each side runs in a fresh Node process.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const HEAP_FLAGS = path.resolve(__dirname, '../../../src/server/heapFlags.js');

/** The young generation's size (MB) after allocating trees that each live while the next 20 are made. */
function newSpaceMbAfterChurn(withFlags: boolean): number {
  const script = `
    ${withFlags ? `require(${JSON.stringify(HEAP_FLAGS)}).applyHeapFlags();` : ''}
    const v8 = require('node:v8');
    const window = [];
    for (let i = 0; i < 4000; i++) {
      window.push(Array.from({ length: 2000 }, (_, j) => ({ i, j, name: 'node-' + j })));
      if (window.length > 20) window.shift();
    }
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(String(space.space_size / 1024 / 1024));`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

describe('the language server: its V8 heap setting', function () {
  this.timeout(60_000);

  it('keeps the young generation from growing under re-check-like allocation, which grows it without the setting', () => {
    const without = newSpaceMbAfterChurn(false);
    const withFlags = newSpaceMbAfterChurn(true);
    assert.ok(without >= 8, `without the setting the young generation stayed at ${without} MB: the test allocates too little`);
    assert.ok(withFlags <= 4, `with the setting the young generation grew to ${withFlags} MB`);
  });
});
