// Issue #12 "dependent re-checks": an edit of one open document re-checks the other open
// documents whose findings may depend on it (what each cross-file rule declares it reads of other
// files, meta.dependsOn: src/core/rules/crossFileReads.ts, used by dependents.ts), not every open file. Counted through the server's `$/logTrace` (one line per check of an open document).
import * as assert from 'node:assert/strict';
import { rules } from '../../../src/core/rules/index';
import { defineRule } from '../../../src/core/rules/defineRule';
import { collectResources, parseFile, summarizeResource } from '../../../src/core/index';
import { crossFileRules, dependsOnChange } from '../../../src/server/dependents';
import { ScriptedClient } from './scriptedClient';
import { disruptionBudget, headlessService, makeWorkspace, statefulSet } from './workspaces';

const BUDGET = disruptionBudget('web', 'web');
const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n';
const inNamespace = (text: string, namespace: string) => text.replace(/^metadata:\n/m, `metadata:\n  namespace: ${namespace}\n`);

const FILES = {
  'web.yaml': statefulSet('web', 'web', '3'),
  'svc.yaml': headlessService('web', 'web'),
  'pdb.yaml': BUDGET,
  'db.yaml': inNamespace(statefulSet('db', 'db'), 'other'),
  'config.yaml': CONFIG,
};

describe('the language server: dependent re-checks', function () {
  this.timeout(60_000);

  it('has every workspace rule declare what it reads of other files (meta.dependsOn)', () => {
    const workspaceRules = rules.filter((rule) => rule.meta.scope === 'workspace');
    assert.ok(workspaceRules.length >= 9, workspaceRules.map((rule) => rule.id).join(', '));
    assert.deepEqual(workspaceRules.filter((rule) => !rule.meta.dependsOn).map((rule) => rule.id), []);
  });

  it('takes a workspace rule that declares nothing to read every change (never missed)', () => {
    const summaries = (text: string) => collectResources([{ uri: 'file:///x.yaml', parsed: parseFile(text) }]).map(summarizeResource);
    const [config, web] = [summaries(CONFIG), summaries(statefulSet('web', 'web'))];
    const undeclared = defineRule({
      id: 'reads-anything',
      meta: { severity: 'warning', appliesTo: ['StatefulSet'], scope: 'workspace', docs: { summary: 'test', remediation: 'test' } },
      messages: {},
      check: () => undefined,
    });
    assert.equal(dependsOnChange(web, config, crossFileRules(rules)), false);
    assert.equal(dependsOnChange(web, config, crossFileRules([...rules, undeclared])), true);
  });

  it('re-checks only the open documents whose findings depend on the edited one', async () => {
    const ws = makeWorkspace(FILES);
    // No git baseline: its look-ups finish when git answers and re-check every file then, whatever was edited.
    const c = await ScriptedClient.start({ root: ws.root, trace: 'verbose', settings: { statefulsetStudio: { debounceMs: 0, baseline: 'off' } } });
    const checks = (name: string) => c.traces.filter((trace) => trace.value.message.startsWith(`Checked the open document ${ws.uri(name)} `)).length;
    const counts = () => Object.fromEntries(Object.keys(FILES).map((name) => [name, checks(name)]));
    /** Edits `name` and returns how many times each file was checked because of it. */
    const edit = async (name: string, text: string, version: number) => {
      const before = counts();
      await c.replace(ws.uri(name), text, version);
      await c.waitFor(`the check of ${name} v${version}`, () => c.traces.some((trace) => trace.value.message.endsWith(`${ws.uri(name)} (version ${version})`)));
      await c.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: ws.uri(name) } }); // what the check sent has arrived
      const after = counts();
      return Object.fromEntries(Object.keys(FILES).map((file) => [file, after[file] - before[file]]));
    };
    try {
      for (const [name, text] of Object.entries(FILES)) await c.open(ws.uri(name), text);
      await c.waitFor('the index', () => c.indexDone());
      await c.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: ws.uri('web.yaml') } });

      // The Service web: the StatefulSet naming it; not the budget, nor a StatefulSet of another namespace.
      const renamed = headlessService('web-renamed', 'web');
      assert.deepEqual(await edit('svc.yaml', renamed, 2), { 'web.yaml': 1, 'svc.yaml': 1, 'pdb.yaml': 0, 'db.yaml': 0, 'config.yaml': 0 });
      const notFound = await c.waitFor('web\'s Service not found', () => c.latest(ws.uri('web.yaml'))?.find((d) => d.code === 'sts-service-not-found'));
      assert.match(String(notFound.message), /"web"/);

      // The StatefulSet web: the budget of its namespace; no Service reads a StatefulSet.
      assert.deepEqual(await edit('web.yaml', statefulSet('web', 'web', '1'), 2), { 'web.yaml': 1, 'svc.yaml': 0, 'pdb.yaml': 1, 'db.yaml': 0, 'config.yaml': 0 });

      // A ConfigMap: nothing reads it across files.
      assert.deepEqual(await edit('config.yaml', CONFIG.replace('"1"', '"2"'), 2), { 'web.yaml': 0, 'svc.yaml': 0, 'pdb.yaml': 0, 'db.yaml': 0, 'config.yaml': 1 });

      // A Service moved into the other namespace: both sides of the move (web named it, db's namespace gets it).
      assert.deepEqual(await edit('svc.yaml', inNamespace(headlessService('web', 'web'), 'other'), 3), { 'web.yaml': 1, 'svc.yaml': 1, 'pdb.yaml': 0, 'db.yaml': 1, 'config.yaml': 0 });
    } finally {
      await c.stop();
      ws.remove();
    }
  });
});
