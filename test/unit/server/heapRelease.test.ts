// Issue #12, "server memory after indexing": once the index scan and the closed-file pass after it
// are over, the server gives the heap that burst grew back to the system (src/server/heapRelease.ts).
// The collection is measured in a process of its own, so that no other test's heap is counted; the
// server is asked, through its `$/logTrace`, when it released its heap.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ScriptedClient } from './scriptedClient';
import { fillerFiles, makeWorkspace, statefulSet } from './workspaces';

const MODULE = path.resolve(__dirname, '../../../src/server/heapRelease.js');

/**
 * A burst as indexing makes one: many short-lived trees, one object in ten of some of them kept,
 * so survivors are scattered over most of the heap's pages. Prints the heap before and after.
 */
const BURST = `
const v8 = require('node:v8');
const { releaseHeap } = require(${JSON.stringify(MODULE)});
const kept = [];
let recent = [];
for (let round = 0; round < 300; round++) {
  const tree = Array.from({ length: 20000 }, (_, i) => ({ key: i, value: 'x' + i }));
  recent.push(tree);
  if (round % 6 === 0) kept.push(tree.filter((_, i) => i % 10 === 0));
  if (recent.length > 30) recent = recent.slice(15);
}
recent = [];
// The old generation, where survivors of a burst end up (the young one keeps its size).
const oldSpace = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space');
const before = oldSpace().space_size;
const ms = releaseHeap();
const { space_size: after, space_used_size: used } = oldSpace();
const sum = kept.reduce((total, list) => total + list.reduce((s, item) => s + item.key, 0), 0);
console.log(JSON.stringify({ before, after, used, ms, sum }));
`;

/** The young generation after the same burst: right after the release, and once the minor collection that follows it has run. */
const YOUNG = BURST.replace('console.log(JSON.stringify({ before, after, used, ms, sum }));', `
const young = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
const { SHRINK_YOUNG_AFTER_MS } = require(${JSON.stringify(MODULE)});
const released = young();
setTimeout(() => console.log(JSON.stringify({ released, idle: young() })), SHRINK_YOUNG_AFTER_MS + 1000);
`);

/** What the burst keeps: one key in ten of every sixth tree, summed. */
const KEPT_SUM = 50 * Array.from({ length: 2000 }, (_, i) => i * 10).reduce((a, b) => a + b, 0);

describe('the language server: the heap given back after indexing', function () {
  this.timeout(120_000);

  /** Runs `source` in a Node process of its own; what it printed, parsed. */
  const runScript = (source: string) => {
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sts-heap-')), 'burst.js');
    fs.writeFileSync(script, source);
    try {
      return JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' }));
    } finally {
      fs.rmSync(path.dirname(script), { recursive: true });
    }
  };

  it('shrinks a heap of scattered survivors to what they use, keeping every survivor', () => {
    const { before, after, used, ms, sum } = runScript(BURST);
    assert.equal(sum, KEPT_SUM);
    assert.ok(ms > 0, 'no collection ran');
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    const figures = `old generation ${mb(before)} before, ${mb(after)} after, of which ${mb(used)} in use`;
    assert.ok(after < before / 2, figures);
    // A plain full collection frees the garbage but keeps every page that holds a survivor: some
    // 25 MB more than in use here. A compacting one moves the survivors together.
    assert.ok(after - used < 8 * 2 ** 20, figures);
  });

  it('shrinks the young generation the burst grew once the process has been idle a while (heap.cc ReduceNewSpaceSize)', () => {
    const { released, idle } = runScript(YOUNG);
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    // Right after the burst V8 keeps the young generation it grew; once its measured allocation rate is low, a minor collection shrinks it.
    assert.ok(released >= 8 * 2 ** 20 && idle <= 2 * 2 ** 20, `young generation ${mb(released)} after the release, ${mb(idle)} once idle`);
  });

  it('releases it once the index and its closed-file pass are done, not after a single change on disk', async () => {
    const ws = makeWorkspace(fillerFiles(20));
    const c = await ScriptedClient.start({ root: ws.root, trace: 'verbose', settings: { statefulsetStudio: { baseline: 'off' } } });
    const releases = () => c.traces.filter((trace) => trace.value.message.startsWith('Released the heap')).length;
    try {
      await c.waitFor('the release after indexing', () => releases() === 1 || undefined);
      const changed = ws.uri('apps/app-00003.yaml');
      fs.writeFileSync(path.join(ws.root, 'apps/app-00003.yaml'), statefulSet('app-3', 'app-3', '-1'));
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: changed, type: 2 }] });
      await c.waitFor('the changed file\'s problems', () => c.latest(changed)?.find((d) => d.code === 'sts-negative-value'));
      assert.equal(releases(), 1);
    } finally {
      await c.stop();
      ws.remove();
    }
  });
});
