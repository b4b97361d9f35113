// Issue #12, the server's memory: closed files are read again on demand and their reads cached
// (closedFiles.ts); after the re-check of every closed file that follows the index the cache is
// cleared (workspaceIndexer.ts), so those reads do not stay in the server's heap.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ClosedFiles } from '../../../src/server/closedFiles';
import { ClosedIndex } from '../../../src/server/closedIndex';

describe('the language server: closed files read again on demand (closedFiles.ts)', () => {
  it('keeps a read until cleared (after a pass over many closed files), then reads the file again', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sts-closed-'));
    try {
      const file = path.join(dir, 'a.yaml');
      fs.writeFileSync(file, 'kind: Service\n');
      const closed = new ClosedIndex().set(pathToFileURL(file).href, []);
      const reader = new ClosedFiles();
      assert.equal(reader.text(closed)?.text, 'kind: Service\n');
      fs.writeFileSync(file, 'kind: StatefulSet\n'); // same generation: the cached read answers
      assert.equal(reader.text(closed)?.text, 'kind: Service\n');
      reader.clear();
      assert.equal(reader.text(closed)?.text, 'kind: StatefulSet\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
