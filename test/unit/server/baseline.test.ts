// Issue #12 item 1, server parity with the in-process extension, through the scripted client: the
// targeted Kubernetes version (statefulsetStudio.kubernetesVersion) and the git baseline
// (statefulsetStudio.baseline, src/baseline's GitBaselines, which the extension hosted in-process before) reach
// the server's checks, hover, quick fixes and code lenses, and changes apply without a restart.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../cliRun';
import { git, repository } from '../gitRepo';
import { applyLspEdits, type LspEdit } from './lspEdits';
import { ScriptedClient } from './scriptedClient';

/** Service `nginx` and StatefulSet `web`: the file the baseline tests commit (the integration and UI tests commit it too). */
const COMMITTED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'baseline', 'web.yaml'), 'utf8');
const RENAMED = COMMITTED.replace('serviceName: nginx', 'serviceName: nginx-headless');
const FORBIDDEN = 'sts-update-forbidden';

describe('the language server: the targeted Kubernetes version', function () {
  this.timeout(60_000);

  it('checks against statefulsetStudio.kubernetesVersion and applies a new version without a restart (ValidatePodTemplateSpec, kubernetes/kubernetes#131790)', async () => {
    const noImage = COMMITTED.replace('        image: nginx:1.24\n', '');
    const dir = repository({ 'other.txt': 'x' });
    const uri = pathToFileURL(path.join(dir, 'web.yaml')).href;
    const client = await ScriptedClient.start({ root: dir, settings: { statefulsetStudio: { debounceMs: 0, baseline: 'off' } } });
    try {
      await client.open(uri, noImage);
      const message = () => client.latest(uri)?.find((d) => d.code === 'pod-container-image-missing')?.message as string | undefined;
      assert.equal(await client.waitFor('the finding on the newest version', message), 'spec.template.spec.containers[0].image: Required value (container "nginx")');
      await client.configure({ statefulsetStudio: { debounceMs: 0, baseline: 'off', kubernetesVersion: '1.33' } });
      const older = await client.waitFor('the finding on 1.33', () => (message()?.includes('1.33') ? message() : undefined));
      assert.match(older, /a Kubernetes 1\.33 apiserver accepts the StatefulSet, then every pod creation fails: FailedCreate/);
    } finally {
      await client.stop();
    }
  });
});

describe('the language server: the git baseline', function () {
  this.timeout(60_000);
  let dir: string;
  let uri: string;
  let client: ScriptedClient;

  beforeEach(async () => {
    dir = repository({ 'web.yaml': COMMITTED });
    uri = pathToFileURL(path.join(dir, 'web.yaml')).href;
    client = await ScriptedClient.start({ root: dir, settings: { statefulsetStudio: { debounceMs: 0 } } });
  });

  afterEach(() => client.stop());

  const forbidden = () => client.latest(uri)?.find((d) => d.code === FORBIDDEN);

  it('reports a changed serviceName with the committed value as related information, whose baseline document the client can read', async () => {
    await client.open(uri, RENAMED);
    const finding = await client.waitFor(FORBIDDEN, forbidden);
    const [related] = finding.relatedInformation ?? [];
    assert.equal(related?.message, 'baseline value of spec.serviceName: "nginx"');
    assert.match(related.location.uri, /^statefulset-baseline:.*web\.yaml\?ref=HEAD$/);
    assert.deepEqual(related.location.range, { start: { line: 14, character: 15 }, end: { line: 14, character: 20 } });
    const text: string | null = await client.connection.sendRequest('statefulsetStudio/baselineText', { path: path.join(dir, 'web.yaml'), ref: 'HEAD' });
    assert.equal(text, COMMITTED);
    const hover: { contents: { value: string } } = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: finding.range.start });
    assert.match(hover.contents.value, /kubectl delete statefulset web -n default --cascade=orphan/);
  });

  it('offers "Revert to the committed value", whose edit gives the committed text back', async () => {
    await client.open(uri, RENAMED);
    const finding = await client.waitFor(FORBIDDEN, forbidden);
    const actions: { title: string; edit?: { changes: Record<string, LspEdit[]> } }[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] },
    });
    const revert = actions.find((a) => a.title === 'Revert to the committed value');
    assert.ok(revert?.edit, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(applyLspEdits(RENAMED, revert.edit.changes[uri]), COMMITTED);
  });

  it('puts the rollout of an image change in a change code lens with the target of "Simulate this change"', async () => {
    await client.open(uri, COMMITTED.replace('image: nginx:1.24', 'image: nginx:1.25'));
    const lens = await pollLenses(client, uri);
    assert.equal(lens.command.title, 'template changed (image nginx:1.24 → nginx:1.25): RollingUpdate replaces web-2, web-1 and web-0 one at a time, each waits Ready');
    assert.equal(lens.range.start.line, 10);
    assert.deepEqual(lens.command.arguments, [{ uri, documentIndex: 1 }]);
  });

  it('notices HEAD moving (a commit reported through workspace/didChangeWatchedFiles) and compares with the new commit', async () => {
    await client.open(uri, RENAMED);
    await client.waitFor(FORBIDDEN, forbidden);
    fs.writeFileSync(path.join(dir, 'web.yaml'), RENAMED);
    git(dir, 'commit', '-qam', 'rename the governing Service');
    const ref = pathToFileURL(path.join(dir, '.git', 'refs', 'heads', 'main')).href;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ref, type: 2 }] });
    await client.waitFor(`no ${FORBIDDEN}`, () => (client.latest(uri) !== undefined && !forbidden() ? true : undefined));
  });
});

/** The change lens, asked for again until the baseline is read (lenses are asked, not pushed). */
async function pollLenses(client: ScriptedClient, uri: string) {
  type Lens = { range: LspEdit['range']; command: { title: string; command: string; arguments?: unknown[] } };
  for (let attempt = 0; attempt < 200; attempt++) {
    const lenses: Lens[] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
    const change = lenses.find((l) => l.command.command === 'statefulsetStudio.simulateChange');
    if (change) return change;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no change lens');
}
