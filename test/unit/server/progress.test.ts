// Issue #12: indexing reports its progress at most every PROGRESS_INTERVAL_MS (a report per slice
// was a message every few ms for the client to handle, and for the server to write before a
// hover's answer), and always reports the last count.
import * as assert from 'node:assert/strict';
import { PROGRESS_INTERVAL_MS, throttledReport } from '../../../src/server/workspaceIndexer';

describe('the language server: indexing progress reports', () => {
  it('reports the first count, then at most one per interval, then the last count once', () => {
    let now = 0;
    const reported: number[] = [];
    const report = throttledReport(10, (done) => reported.push(done), () => now);
    for (let done = 1; done <= 10; done++) {
      report(done);
      now += PROGRESS_INTERVAL_MS / 3;
    }
    report(10);
    assert.deepEqual(reported, [1, 4, 7, 10]);
  });

  it('reports a count that did not change only once', () => {
    let now = 0;
    const reported: number[] = [];
    const report = throttledReport(5, (done) => reported.push(done), () => now);
    report(2);
    now += PROGRESS_INTERVAL_MS * 2;
    report(2);
    assert.deepEqual(reported, [2]);
  });
});
