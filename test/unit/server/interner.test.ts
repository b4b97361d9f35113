// The compact index holds its strings apart from the files' texts (src/server/interner.ts): what it
// keeps of a closed file is its summary, not the file (issue #12 item 3, "not the parsed trees").
import * as assert from 'node:assert/strict';
import { collectResources, parseFile, summarizeResource } from '../../../src/core/index';
import { ClosedIndex } from '../../../src/server/closedIndex';
import { Interner } from '../../../src/server/interner';
import { statefulSet } from './workspaces';
import { heapAfterGc } from '../heapUsed';

const FILES = 100;
/** A comment that makes each file's text about 100 KB: the index must not keep it. */
const PADDING = `# ${'x'.repeat(100 * 1024)}\n`;

/** The summaries of a file read now: a fresh text each time, so nothing else holds it. */
function summariesOfFile(i: number) {
  const text = `${PADDING}${statefulSet(`database-number-${i}`, `database-service-${i}`)}`;
  return collectResources([{ uri: `file:///f${i}.yaml`, parsed: parseFile(text) }]).map(summarizeResource);
}

describe('the language server: the strings of the compact index', function () {
  this.timeout(60_000);

  it('keeps none of 100 files of 100 KB alive through their names and labels', () => {
    const index = new ClosedIndex();
    const before = heapAfterGc();
    for (let i = 0; i < FILES; i++) index.set(`file:///f${i}.yaml`, summariesOfFile(i));
    const grown = heapAfterGc() - before;
    assert.equal(index.named('StatefulSet', 'database-number-7')[0]?.summary.serviceName, 'database-service-7');
    // Kept alive, the texts would be 10 MB; the summaries of 100 StatefulSets are a few dozen KB.
    assert.ok(grown < 2 * 1024 * 1024, `the index grew the heap by ${(grown / 1024 / 1024).toFixed(1)} MB`);
  });

  it('holds a repeated string once', () => {
    const interner = new Interner();
    const first = interner.summary(summariesOfFile(1)[0]);
    interner.summary(summariesOfFile(2)[0]);
    assert.deepEqual(first.selector, [['app', 'database-number-1']]);
    // Both: StatefulSet (type and kind), apps, default, app (the label key), www (the claim);
    // each: its name (also its label value) and its serviceName.
    assert.equal(interner.size, 9);
  });

  it('shares a label pair between summaries, and a selector equal to the template labels shares their list', () => {
    const interner = new Interner();
    const [a, b] = [interner.summary(summariesOfFile(3)[0]), interner.summary(summariesOfFile(3)[0])];
    assert.equal(a.selector?.[0], b.selector?.[0]);
    assert.equal(a.selector, a.templateLabels);
    assert.deepEqual(a.selector, [['app', 'database-number-3']]);
    const other = interner.summary(summariesOfFile(4)[0]);
    assert.notEqual(other.selector?.[0], a.selector?.[0]);
    assert.equal(other.selector?.[0][0], a.selector?.[0][0], 'the key string, held once');
  });
});
