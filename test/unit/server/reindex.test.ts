// Issue #12 item 6: after the user cancels the index, cross-file findings are held back (the index
// is partial); `statefulsetStudio/reindex`, or the next change of a file on disk, scans again and
// publishes them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REINDEX_REQUEST, type ReindexResult } from '../../../src/protocol/lsp';
import { ScriptedClient } from './scriptedClient';
import { fillerFiles, makeWorkspace, statefulSet } from './workspaces';

const NOT_FOUND = 'sts-service-not-found';

const ends = (c: ScriptedClient) => c.progress.filter((p) => p.value.kind === 'end').length;
const notFound = (c: ScriptedClient, uri: string) => c.latest(uri)?.find((d) => d.code === NOT_FOUND);

type Cancelled = { c: ScriptedClient; ws: ReturnType<typeof makeWorkspace>; web: string };

/** Runs `body` on a workspace whose opened StatefulSet names a Service no file holds, its index cancelled. */
async function withCancelledIndex(body: (session: Cancelled) => Promise<void>): Promise<void> {
  const ws = makeWorkspace({ ...fillerFiles(400), 'web.yaml': statefulSet('web', 'ghost') });
  const c = await ScriptedClient.start({ root: ws.root, settings: { statefulsetStudio: { debounceMs: 0 } } });
  try {
    const web = ws.uri('web.yaml');
    await c.open(web, statefulSet('web', 'ghost'));
    await c.waitFor('a progress report', () => c.progress.find((p) => p.value.kind === 'report'));
    await c.cancelIndexing();
    await c.waitFor('the end of indexing', () => c.indexDone());
    await body({ c, ws, web });
  } finally {
    await c.stop();
    ws.remove();
  }
}

describe('the language server: indexing again after a cancel', function () {
  this.timeout(120_000);

  it('holds the missing Service back after a cancel, and reports it once statefulsetStudio/reindex completes the index', () =>
    withCancelledIndex(async ({ c, web }) => {
      assert.equal(notFound(c, web), undefined);
      const result: ReindexResult = await c.connection.sendRequest(REINDEX_REQUEST);
      assert.deepEqual(result, { complete: true });
      assert.equal(ends(c), 2);
      const found = await c.waitFor('"ghost" not found', () => notFound(c, web));
      assert.match(String(found.message), /"ghost" matches no Service/);
      const reports = c.progress.filter((p) => p.value.kind === 'report').map((p) => p.value.message);
      assert.equal(reports.at(-1), '401 of 401 files');
    }));

  it('indexes the workspace again when a file changes on disk after a cancel (workspace/didChangeWatchedFiles)', () =>
    withCancelledIndex(async ({ c, ws, web }) => {
      fs.writeFileSync(path.join(ws.root, 'apps', 'app-00000.yaml'), statefulSet('app-0', 'app-0'));
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('apps/app-00000.yaml'), type: 2 }] });
      await c.waitFor('a second index', () => ends(c) === 2 || undefined);
      await c.waitFor('"ghost" not found', () => notFound(c, web));
      // app-0 lost its Service in the change: the new index finds it missing too.
      await c.waitFor('"app-0" not found', () => notFound(c, ws.uri('apps/app-00000.yaml')));
    }));
});
