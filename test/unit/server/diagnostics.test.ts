// Issue #12 items 1 and 2, through a scripted LSP client over stdio against `statefulset-studio lsp
// --stdio`: an opened file gets its own findings before the workspace index is complete, and
// findings that need other files only once it is (never a "Service not found" for a Service whose
// file is simply not indexed yet).
import * as assert from 'node:assert/strict';
import { ScriptedClient } from './scriptedClient';
import { fillerFiles, headlessService, makeWorkspace, statefulSet } from './workspaces';

const NOT_FOUND = 'sts-service-not-found';
const codes = (diagnostics: readonly { code?: unknown }[] | undefined) => (diagnostics ?? []).map((d) => String(d.code));

describe('the language server: diagnostics', function () {
  this.timeout(120_000);

  it('publishes an opened file\'s own findings with the rule id as code, before the index is complete', async () => {
    const ws = makeWorkspace({ ...fillerFiles(400), 'web.yaml': statefulSet('web', 'web', '-1') });
    const client = await ScriptedClient.start({ root: ws.root });
    try {
      await client.open(ws.uri('web.yaml'), statefulSet('web', 'web', '-1'));
      const first = await client.waitFor('diagnostics of web.yaml', () => client.diagnostics.find((d) => d.value.uri === ws.uri('web.yaml')));
      const replicas = first.value.diagnostics.find((d) => d.code === 'sts-negative-value');
      assert.ok(replicas, `codes: ${codes(first.value.diagnostics)}`);
      assert.equal(replicas.source, 'statefulset');
      assert.equal(replicas.message, 'spec.replicas: Invalid value: -1: must be greater than or equal to 0');
      assert.deepEqual(replicas.range, { start: { line: 6, character: 12 }, end: { line: 6, character: 14 } });
      assert.ok(!client.indexDone(), 'the index of 400 files completed before the opened file had its findings');
    } finally {
      await client.stop();
      ws.remove();
    }
  });

  it('holds "Service not found" back until the index is complete, then reports only the Service that is missing', async () => {
    // The Service `web` lives in the file indexed last (paths are indexed in sorted order).
    const opened = `${statefulSet('web', 'web')}---\n${statefulSet('lost', 'ghost')}`;
    const ws = makeWorkspace({ ...fillerFiles(400), 'zz-services.yaml': headlessService('web', 'web'), 'web.yaml': opened });
    const client = await ScriptedClient.start({ root: ws.root });
    try {
      await client.open(ws.uri('web.yaml'), opened);
      await client.waitFor('the end of indexing', () => client.indexDone());
      const end = client.progress.find((p) => p.value.kind === 'end')!.at;
      const published = () => client.diagnostics.filter((d) => d.value.uri === ws.uri('web.yaml'));
      const after = await client.waitFor('diagnostics after the index', () => published().find((d) => d.at > end));
      const before = published().filter((d) => d.at <= end);
      assert.ok(before.length > 0, 'nothing was published for the opened file during indexing');
      assert.deepEqual(before.flatMap((d) => codes(d.value.diagnostics)).filter((c) => c === NOT_FOUND), []);
      const notFound = after.value.diagnostics.filter((d) => d.code === NOT_FOUND);
      assert.equal(notFound.length, 1);
      assert.match(String(notFound[0].message), /"ghost" matches no Service/);
    } finally {
      await client.stop();
      ws.remove();
    }
  });

  it('links a finding to the Service in a closed file through related information', async () => {
    const notHeadless = headlessService('web', 'web').replace('  clusterIP: None\n', '');
    const ws = makeWorkspace({ 'svc.yaml': notHeadless, 'web.yaml': statefulSet('web', 'web') });
    const client = await ScriptedClient.start({ root: ws.root });
    try {
      await client.open(ws.uri('web.yaml'), statefulSet('web', 'web'));
      const found = await client.waitFor('sts-service-not-headless', () => client.latest(ws.uri('web.yaml'))?.find((d) => d.code === 'sts-service-not-headless'));
      assert.deepEqual(found.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[ws.uri('svc.yaml'), 3]]);
    } finally {
      await client.stop();
      ws.remove();
    }
  });
});
