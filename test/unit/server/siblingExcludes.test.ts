// Issue #12 "settings edge cases": `files.exclude` entries with a sibling clause leave a file out of
// the index only while the named sibling exists, as VS Code decides it (glob.ts
// parseExpressionPattern): `$(basename)` is the file's name without its extension.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toServerSettings } from '../../../src/server/settings';
import { isExcludedBySibling, withoutSiblingExcluded } from '../../../src/server/siblingExcludes';
import { ScriptedClient } from './scriptedClient';
import { makeWorkspace, statefulSet } from './workspaces';

const FROM_JSONNET = { '**/*.yaml': { when: '$(basename).jsonnet' } };
const GHOST = 'sts-service-not-found';

describe('files.exclude sibling clauses (parseExpressionPattern)', function () {
  this.timeout(60_000);

  it('reads the clauses from files.exclude beside the plain globs, and nothing else', () => {
    const settings = toServerSettings({}, { exclude: { ...FROM_JSONNET, '**/tmp/**': true, '**/old/**': false, '**/x': { when: 7 }, '**/y': { when: ' ' } } }, false);
    assert.deepEqual(settings.excludeWhen, [{ glob: '**/*.yaml', when: '$(basename).jsonnet' }]);
    assert.ok(settings.exclude.includes('**/tmp/**') && !settings.exclude.includes('**/old/**') && !settings.exclude.includes('**/*.yaml'));
  });

  it('excludes a matching file only beside its sibling, named from the file without its extension', async () => {
    const ws = makeWorkspace({ 'a/web.yaml': '', 'a/web.jsonnet': '', 'a/db.yaml': '', 'a/app.v2.yaml': '', 'a/app.v2.jsonnet': '', 'b/web.yaml': '', 'b/web.yaml.jsonnet': '' });
    try {
      const file = (name: string) => path.join(ws.root, name);
      const clauses = [{ glob: '**/*.yaml', when: '$(basename).jsonnet' }];
      for (const name of ['a/web.yaml', 'a/app.v2.yaml']) assert.equal(await isExcludedBySibling(file(name), ws.root, clauses), true, name);
      for (const name of ['a/db.yaml', 'b/web.yaml']) assert.equal(await isExcludedBySibling(file(name), ws.root, clauses), false, name);
      // The glob must match too: a sibling alone excludes nothing.
      assert.equal(await isExcludedBySibling(file('a/web.yaml'), ws.root, [{ glob: 'b/**', when: '$(basename).jsonnet' }]), false);
      // Only the first $(basename) is replaced, as String.replace does.
      fs.writeFileSync(file('a/db.$(basename)'), '');
      assert.equal(await isExcludedBySibling(file('a/db.yaml'), ws.root, [{ glob: '**/*.yaml', when: '$(basename).$(basename)' }]), true);
      const kept = await withoutSiblingExcluded(['a/web.yaml', 'a/db.yaml', 'b/web.yaml'].map(file), ws.root, clauses);
      assert.deepEqual(kept.map((f) => path.relative(ws.root, f)), ['a/db.yaml', 'b/web.yaml']);
    } finally {
      ws.remove();
    }
  });

  it('leaves such a file out of the index (no problems published), and indexes it once its sibling is gone and it changes', async () => {
    const ws = makeWorkspace({ 'gen/app.yaml': statefulSet('app', 'ghost'), 'gen/app.jsonnet': '{}', 'gen/other.yaml': statefulSet('other', 'ghost') });
    const c = await ScriptedClient.start({ root: ws.root, settings: { files: { exclude: FROM_JSONNET } } });
    try {
      await c.waitFor('other.yaml\'s missing Service', () => c.latest(ws.uri('gen/other.yaml'))?.find((d) => d.code === GHOST));
      assert.equal(c.progress.filter((p) => p.value.kind === 'report').at(-1)?.value.message, '1 of 1 files');
      assert.equal(c.latest(ws.uri('gen/app.yaml')), undefined);
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('gen/app.yaml'), type: 2 }] });
      await c.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: ws.uri('gen/other.yaml') } });
      assert.equal(c.latest(ws.uri('gen/app.yaml')), undefined, 'still beside app.jsonnet');
      fs.rmSync(path.join(ws.root, 'gen/app.jsonnet'));
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('gen/app.yaml'), type: 2 }] });
      await c.waitFor('app.yaml\'s missing Service', () => c.latest(ws.uri('gen/app.yaml'))?.find((d) => d.code === GHOST));
    } finally {
      await c.stop();
      ws.remove();
    }
  });
});
