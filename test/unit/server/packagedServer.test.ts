// The server as the VSIX ships it (dist/server.js, started by the extension) finds its index worker
// beside it (dist/indexWorker.js, its own esbuild entry) and indexes the workspace there: the log
// says every file was read in the worker, and a Service in a closed file resolves.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, ScriptedClient } from './scriptedClient';
import { fillerFiles, makeWorkspace, statefulSet } from './workspaces';

describe('the language server: the packaged server and its index worker', function () {
  this.timeout(120_000);

  it('ships dist/indexWorker.js in the VSIX (.vscodeignore allow-list)', () => {
    const allowed = fs.readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(allowed.includes('!dist/indexWorker.js'));
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist', 'indexWorker.js')));
  });

  it('indexes a workspace in the worker when started as dist/server.js', async () => {
    const ws = makeWorkspace({ ...fillerFiles(30), 'web.yaml': statefulSet('web', 'app-7') });
    const client = await ScriptedClient.start({ root: ws.root, packagedServer: true, settings: { statefulsetStudio: { debounceMs: 0 } } });
    try {
      await client.open(ws.uri('web.yaml'), statefulSet('web', 'app-7'));
      await client.waitFor('the end of indexing', () => client.indexDone());
      const log = await client.waitFor('the index log line', () => client.logs.find((l) => l.value.message.startsWith('Indexed ')));
      assert.equal(log.value.message, 'Indexed 31 files, 31 of them in the index worker thread.');
      assert.deepEqual(client.logs.filter((l) => l.value.message.includes('worker failed')), []);
      // The Service app-7 is in a closed file: after the index, the open StatefulSet finds it.
      const latest = await client.waitFor('the full check', () => (client.diagnostics.filter((d) => d.value.uri === ws.uri('web.yaml')).length >= 2 ? client.latest(ws.uri('web.yaml')) : undefined));
      assert.deepEqual(latest.filter((d) => d.code === 'sts-service-not-found'), []);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
