// Issue #12 item 1 through the scripted client: the answers of the language server are the core's
// (the same edits as the in-process fixes), settings apply without a restart, and the panel's
// requests and navigation reach Services in closed files.
import * as assert from 'node:assert/strict';
import { createLanguageService, parseFile } from '../../../src/core/index';
import type { RolloutPlan } from '../../../src/core/index';
import { applyEdits } from '../helpers';
import { applyLspEdits, type LspEdit } from './lspEdits';
import { ScriptedClient } from './scriptedClient';
import { headlessService, makeWorkspace, statefulSet } from './workspaces';

type Action = { title: string; edit?: { changes: Record<string, LspEdit[]> } };

describe('the language server: features', function () {
  this.timeout(120_000);
  let ws: ReturnType<typeof makeWorkspace>;
  let client: ScriptedClient;
  const OPENED = `${statefulSet('web', 'web')}---\n${statefulSet('lost', 'ghost')}`;

  beforeEach(async () => {
    ws = makeWorkspace({ 'svc.yaml': headlessService('web', 'web'), 'web.yaml': OPENED });
    client = await ScriptedClient.start({ root: ws.root, settings: { statefulsetStudio: { debounceMs: 0 } } });
    await client.open(ws.uri('web.yaml'), OPENED);
    await client.waitFor('the cross-file finding', () => client.latest(ws.uri('web.yaml'))?.find((d) => d.code === 'sts-service-not-found'));
  });

  afterEach(async () => {
    await client.stop();
    ws.remove();
  });

  it('offers the core\'s quick fix with the same edit, and applying it clears the finding', async () => {
    const diagnostic = client.latest(ws.uri('web.yaml'))!.find((d) => d.code === 'sts-service-not-found')!;
    const params = { textDocument: { uri: ws.uri('web.yaml') }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
    const actions: Action[] = await client.connection.sendRequest('textDocument/codeAction', params);
    const create = actions.find((a) => a.title === 'Create headless Service "ghost"');
    assert.ok(create?.edit, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === 'Disable sts-service-not-found for this line'));

    const language = createLanguageService();
    const files = [{ uri: ws.uri('web.yaml'), parsed: parseFile(OPENED) }, { uri: ws.uri('svc.yaml'), parsed: parseFile(headlessService('web', 'web')) }];
    const core = language.checkFiles(files).get(ws.uri('web.yaml'))!.find((d) => d.ruleId === 'sts-service-not-found')!;
    const coreFix = language.fixes(core, files).find((fix) => fix.isPreferred)!;
    const fixed = applyLspEdits(OPENED, create.edit.changes[ws.uri('web.yaml')]);
    assert.equal(fixed, applyEdits(OPENED, coreFix.edits));

    await client.replace(ws.uri('web.yaml'), fixed, 2);
    await client.waitFor('the fixed file\'s diagnostics', () => client.diagnostics.find((d) => d.value.version === 2));
    assert.deepEqual(client.latest(ws.uri('web.yaml'))!.filter((d) => d.code === 'sts-service-not-found'), []);
  });

  it('applies a changed rule severity without a restart', async () => {
    const count = client.diagnostics.length;
    await client.configure({ statefulsetStudio: { debounceMs: 0, rules: { 'sts-service-not-found': 'off' } } });
    const next = await client.waitFor('diagnostics after the settings change', () => client.diagnostics.slice(count).find((d) => d.value.uri === ws.uri('web.yaml')));
    assert.deepEqual(next.value.diagnostics.filter((d) => d.code === 'sts-service-not-found'), []);
  });

  it('plans the rollout with the governing Service found in a closed file (statefulsetStudio/planRollout)', async () => {
    const plan: RolloutPlan = await client.connection.sendRequest('statefulsetStudio/planRollout', { uri: ws.uri('web.yaml'), documentIndex: 0 });
    assert.equal(plan.statefulset, 'web');
    assert.equal(plan.serviceDnsName, 'web.default.svc.cluster.local');
    assert.ok(plan.frames.length > 0);
    const missing: { error?: string } = await client.connection.sendRequest('statefulsetStudio/planRollout', { uri: ws.uri('web.yaml'), documentIndex: 7 });
    assert.equal(typeof missing.error, 'string');
  });

  it('goes to the Service in a closed file from serviceName, and shows hover, symbols and the code lens', async () => {
    const at = { textDocument: { uri: ws.uri('web.yaml') }, position: { line: 5, character: 16 } };
    const definitions: { uri: string; range: LspEdit['range'] }[] = await client.connection.sendRequest('textDocument/definition', at);
    assert.deepEqual(definitions.map((d) => [d.uri, d.range.start.line]), [[ws.uri('svc.yaml'), 3]]);
    const hover: { contents: { value: string } } = await client.connection.sendRequest('textDocument/hover', at);
    assert.match(hover.contents.value, /serviceName/);
    const symbols: { name: string }[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: at.textDocument });
    assert.deepEqual(symbols.map((s) => s.name), ['StatefulSet web', 'StatefulSet lost']);
    const lenses: { range: LspEdit['range']; command: { title: string; arguments: unknown[] } }[] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: at.textDocument });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title, l.command.arguments]), [
      [1, '▶ Simulate rollout', [{ uri: ws.uri('web.yaml'), documentIndex: 0 }]],
      [28, '▶ Simulate rollout', [{ uri: ws.uri('web.yaml'), documentIndex: 1 }]],
    ]);
  });
});
