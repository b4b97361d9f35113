// Issue #12: a file changed on disk re-checks the closed files whose findings may change with it,
// as the workspace rules declare in meta.dependsOn (dependents.ts closedDependents), the same
// declaration the open documents' re-checks use. Before, the server listed by hand the closed
// StatefulSets naming a changed Service and missed those of its namespace: a new headless Service
// there is one a StatefulSet's "no Service" finding lists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../../src/core/rules/index';
import { collectResources, parseFile, summarizeResource } from '../../../src/core/index';
import { closedDependents, crossFileRules } from '../../../src/server/dependents';
import type { SummaryRef } from '../../../src/server/closedLookups';
import type { ScriptedClient } from './scriptedClient';
import { clientEachTest, disruptionBudget, headlessService, statefulSet } from './workspaces';

const summariesOf = (uri: string, text: string): SummaryRef[] =>
  collectResources([{ uri, parsed: parseFile(text) }]).map((resource) => ({ uri, summary: summarizeResource(resource) }));

describe('the language server: closed files re-checked after a change on disk', function () {
  this.timeout(120_000);
  const suite = clientEachTest({ baseline: 'off' });
  const notFound = (c: ScriptedClient, name: string) => c.latest(suite.ws.uri(name))?.find((d) => d.code === 'sts-service-not-found');

  it('finds the closed resources each workspace rule says may change: StatefulSets of the namespace, and budgets', () => {
    const closed = [
      ...summariesOf('file:///ghost.yaml', statefulSet('web', 'ghost')),
      ...summariesOf('file:///other.yaml', statefulSet('db', 'db').replace(/^metadata:\n/m, 'metadata:\n  namespace: other\n')),
      ...summariesOf('file:///pdb.yaml', disruptionBudget('web', 'web')),
      ...summariesOf('file:///svc.yaml', headlessService('api', 'api')),
    ];
    const ofType = (type: string) => closed.filter((ref) => type === '*' || ref.summary.type === type);
    const uris = (changedText: string) => closedDependents(ofType, summariesOf('file:///changed.yaml', changedText).map((ref) => ref.summary), crossFileRules(rules)).map((ref) => ref.uri);
    assert.deepEqual(uris(headlessService('cache', 'cache')), ['file:///ghost.yaml']);
    assert.deepEqual(uris(statefulSet('web', 'web')), ['file:///pdb.yaml']);
    assert.deepEqual(uris('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n'), []);
  });

  it('updates a closed StatefulSet\'s "no Service" finding when a headless Service of its namespace is created on disk', async () => {
    const c = await start({ 'apps/web.yaml': statefulSet('web', 'ghost'), 'svc/api.yaml': headlessService('api', 'api') });
    const before = await c.waitFor('ghost not found', () => notFound(c, 'apps/web.yaml'));
    assert.match(String(before.message), /headless Services in this namespace: "api"$/);
    await c.waitFor('the index', () => c.indexDone());
    fs.writeFileSync(path.join(suite.ws.root, 'svc/cache.yaml'), headlessService('cache', 'cache'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: suite.ws.uri('svc/cache.yaml'), type: 1 }] });
    const after = await c.waitFor('the new Service listed', () => (/"cache"/.test(String(notFound(c, 'apps/web.yaml')?.message)) ? notFound(c, 'apps/web.yaml') : undefined));
    assert.match(String(after.message), /headless Services in this namespace: "api", "cache"$/);
  });

  const start = (files: Record<string, string>) => suite.start(files);
});
