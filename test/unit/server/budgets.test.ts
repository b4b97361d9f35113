// A PodDisruptionBudget and the StatefulSets it guards in other files (pdb-blocks-eviction through
// the language server): the compact index keeps a budget's matchLabels, so a budget's check gets
// the closed StatefulSets it may select (relevance.ts), and a StatefulSet changed on disk re-checks
// the closed budgets of its namespace (workspaceIndexer.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ScriptedClient } from './scriptedClient';
import { clientEachTest, disruptionBudget, statefulSet } from './workspaces';

/** With one replica, no pod may ever be evicted. */
const BUDGET = disruptionBudget('web', 'web');
const BY_EXPRESSION = BUDGET.replace('    matchLabels:\n      app: web\n', '    matchExpressions:\n      - {key: app, operator: In, values: [web]}\n');

describe('the language server: budgets and the StatefulSets of other files', function () {
  this.timeout(120_000);
  const suite = clientEachTest({ baseline: 'off' });
  const start = (files: Record<string, string>) => suite.start(files);
  const blocks = (c: ScriptedClient, name: string) => c.latest(suite.ws.uri(name))?.find((d) => d.code === 'pdb-blocks-eviction');

  it('warns on a closed budget that blocks every eviction of a StatefulSet in another closed file, and clears it when the StatefulSet grows on disk', async () => {
    const c = await start({ 'pdb.yaml': BUDGET, 'apps/web.yaml': statefulSet('web', 'web', '1'), 'apps/db.yaml': statefulSet('db', 'db', '1') });
    const warning = await c.waitFor('the budget\'s warning', () => blocks(c, 'pdb.yaml'));
    assert.match(String(warning.message), /web-0/);
    assert.doesNotMatch(String(warning.message), /db-0/);
    fs.writeFileSync(path.join(suite.ws.root, 'apps/web.yaml'), statefulSet('web', 'web', '3'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: suite.ws.uri('apps/web.yaml'), type: 2 }] });
    await c.waitFor('the warning gone', () => (blocks(c, 'pdb.yaml') ? undefined : true));
  });

  it('warns on an open budget, selecting by expressions, whose StatefulSet sits in a closed file', async () => {
    const c = await start({ 'pdb.yaml': BY_EXPRESSION, 'apps/web.yaml': statefulSet('web', 'web', '1') });
    await c.open(suite.ws.uri('pdb.yaml'), BY_EXPRESSION);
    await c.waitFor('the index', () => c.indexDone());
    const warning = await c.waitFor('the budget\'s warning', () => blocks(c, 'pdb.yaml'));
    assert.match(String(warning.message), /web-0/);
  });
});
