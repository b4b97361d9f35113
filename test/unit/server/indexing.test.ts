// Issue #12 items 2 and 4 through the scripted client: requests are answered while the workspace is
// indexed, `$/cancelRequest` and the progress's cancel are honoured, the file cap says which setting
// to raise, closed files' problems follow statefulsetStudio.workspaceDiagnostics, and a file
// changed on disk is indexed again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { clientEachTest, fillerFiles, headlessService, statefulSet } from './workspaces';

const REQUEST_CANCELLED = -32800;

describe('the language server: the workspace index', function () {
  this.timeout(120_000);
  const suite = clientEachTest();
  const start = (files: Record<string, string>, settings?: Record<string, unknown>) => suite.start(files, settings);

  it('answers a hover while it indexes 400 files', async () => {
    const c = await start({ ...fillerFiles(400), 'web.yaml': statefulSet('web', 'web') });
    await c.open(suite.ws.uri('web.yaml'), statefulSet('web', 'web'));
    const hover: { contents: { value: string } } = await c.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: suite.ws.uri('web.yaml') },
      position: { line: 6, character: 4 },
    });
    assert.match(hover.contents.value, /replicas/);
    assert.ok(!c.indexDone(), 'the index completed before the hover was answered');
  });

  it('cancels a request waiting for the index ($/cancelRequest)', async () => {
    const c = await start({ ...fillerFiles(400), 'web.yaml': statefulSet('web', 'web') });
    await c.open(suite.ws.uri('web.yaml'), statefulSet('web', 'web'));
    const source = new CancellationTokenSource();
    const params = { textDocument: { uri: suite.ws.uri('web.yaml') }, position: { line: 5, character: 16 }, context: { includeDeclaration: true } };
    const answer = c.connection.sendRequest('textDocument/references', params, source.token);
    source.cancel();
    const rejected = answer.then(
      () => assert.fail('the references were answered'),
      (error: { code?: number }) => ({ code: error.code, doneBefore: c.indexDone() }),
    );
    assert.deepEqual(await rejected, { code: REQUEST_CANCELLED, doneBefore: false });
  });

  it('stops indexing when its progress is cancelled, and then reports no Service as missing', async () => {
    const c = await start({ ...fillerFiles(400), 'web.yaml': statefulSet('web', 'web'), 'zz.yaml': headlessService('web', 'web') });
    await c.open(suite.ws.uri('web.yaml'), statefulSet('web', 'web'));
    await c.waitFor('a progress report', () => c.progress.find((p) => p.value.kind === 'report'));
    await c.cancelIndexing();
    await c.waitFor('the end of indexing', () => c.indexDone());
    const reports = c.progress.filter((p) => p.value.kind === 'report').map((p) => p.value.message!);
    assert.notEqual(reports.at(-1), '402 of 402 files');
    const published = c.diagnostics.filter((d) => d.value.uri === suite.ws.uri('web.yaml')).flatMap((d) => d.value.diagnostics);
    assert.deepEqual(published.filter((d) => d.code === 'sts-service-not-found'), []);
  });

  it('stops at statefulsetStudio.maxIndexedFiles and says so, naming the setting', async () => {
    const c = await start(fillerFiles(6), { maxIndexedFiles: 4 });
    const warning = await c.waitFor('the cap message', () => c.messages.find((m) => m.value.type === 2));
    assert.equal(
      warning.value.message,
      'StatefulSet Studio indexed 4 of the 6 YAML files found: statefulsetStudio.maxIndexedFiles is 4. Raise that setting, or leave folders out with statefulsetStudio.exclude.',
    );
    await c.waitFor('the end of indexing', () => c.indexDone());
    assert.equal(c.progress.filter((p) => p.value.kind === 'report').at(-1)?.value.message, '4 of 4 files');
  });

  it('publishes closed files\' problems, and withdraws them when statefulsetStudio.workspaceDiagnostics is turned off', async () => {
    const c = await start({ 'broken.yaml': statefulSet('web', 'web', '-1'), 'svc.yaml': headlessService('web', 'web'), 'node_modules/x/broken.yaml': statefulSet('x', 'x', '-1') });
    const broken = await c.waitFor('the closed file\'s problems', () => c.latest(suite.ws.uri('broken.yaml'))?.find((d) => d.code === 'sts-negative-value'));
    assert.equal(broken.message, 'spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    await c.configure({ statefulsetStudio: { debounceMs: 0, workspaceDiagnostics: false } });
    await c.waitFor('the problems withdrawn', () => c.latest(suite.ws.uri('broken.yaml'))?.length === 0 || undefined);
    assert.equal(c.latest(suite.ws.uri('node_modules/x/broken.yaml')), undefined);
  });

  it('sends a closed file\'s problems again only when they change (what was sent is remembered as a digest)', async () => {
    const c = await start({ 'broken.yaml': statefulSet('web', 'web', '-1'), 'svc.yaml': headlessService('web', 'web') });
    const broken = suite.ws.uri('broken.yaml');
    await c.waitFor('the closed file\'s problems', () => c.latest(broken)?.find((d) => d.code === 'sts-negative-value'));
    const sent = () => c.diagnostics.filter((d) => d.value.uri === broken).length;
    const before = sent();
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: broken, type: 2 }] }); // same text
    fs.writeFileSync(path.join(suite.ws.root, 'later.yaml'), statefulSet('db', 'web', '-2'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: suite.ws.uri('later.yaml'), type: 1 }] });
    await c.waitFor('the later file\'s problems', () => c.latest(suite.ws.uri('later.yaml'))?.find((d) => d.code === 'sts-negative-value'));
    assert.equal(sent(), before);
    fs.writeFileSync(path.join(suite.ws.root, 'broken.yaml'), statefulSet('web', 'web', '-3'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: broken, type: 2 }] });
    await c.waitFor('the changed problems', () => c.latest(broken)?.find((d) => String(d.message).includes('-3')));
    assert.equal(sent(), before + 1);
  });

  it('indexes a file created on disk (workspace/didChangeWatchedFiles) and resolves the Service in it', async () => {
    const c = await start({ 'web.yaml': statefulSet('web', 'late') });
    await c.open(suite.ws.uri('web.yaml'), statefulSet('web', 'late'));
    await c.waitFor('"late" not found', () => c.latest(suite.ws.uri('web.yaml'))?.find((d) => d.code === 'sts-service-not-found'));
    fs.writeFileSync(path.join(suite.ws.root, 'late.yaml'), headlessService('late', 'web'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: suite.ws.uri('late.yaml'), type: 1 }] });
    await c.waitFor('"late" found', () => (c.latest(suite.ws.uri('web.yaml'))?.some((d) => d.code === 'sts-service-not-found') ? undefined : true));
  });
});
