// Issue #12 item 1: the rollout panel plans through the language server
// (`statefulsetStudio/panelPlan`, src/server/panel.ts) as it planned in-process (src/panel/plan.ts):
// the StatefulSet found again by name, the problems that change the rollout, the what-if policy,
// and "Simulate this change" from the git baseline; `statefulsetStudio/statefulSets` lists a
// file's StatefulSets for the Simulate commands.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PanelPlanResult, StatefulSetInfo } from '../../../src/protocol/lsp';
import { repository } from '../gitRepo';
import { ScriptedClient } from './scriptedClient';
import { statefulSet } from './workspaces';

describe('the language server: the rollout panel\'s requests', function () {
  this.timeout(60_000);
  const LOST = statefulSet('lost', 'ghost');
  const WEB = statefulSet('web', 'web');
  let dir: string;
  let client: ScriptedClient;
  const uri = () => pathToFileURL(path.join(dir, 'apps.yaml')).href;
  const plan = (session: object): Promise<PanelPlanResult> => client.connection.sendRequest('statefulsetStudio/panelPlan', { session, locale: 'en' });

  beforeEach(async () => {
    dir = repository({ 'apps.yaml': `${WEB}---\n${LOST}` });
    client = await ScriptedClient.start({ root: dir, settings: { statefulsetStudio: { debounceMs: 0 } } });
  });

  afterEach(() => client.stop());

  it('lists the StatefulSets of an open file with their lines', async () => {
    await client.open(uri(), `${WEB}---\n${LOST}`);
    const sets: StatefulSetInfo[] = await client.connection.sendRequest('statefulsetStudio/statefulSets', { uri: uri() });
    assert.deepEqual(sets.map((s) => [s.documentIndex, s.name, s.namespace, s.kindLine, s.firstLine]), [
      [0, 'web', 'default', 1, 0],
      [1, 'lost', 'default', 28, 26], // the document starts at its --- line
    ]);
  });

  it('plans the StatefulSet found by name, listing the problem that changes the rollout where it is', async () => {
    await client.open(uri(), `${WEB}---\n${LOST}`);
    await client.waitFor('the cross-file finding', () => client.latest(uri())?.find((d) => d.code === 'sts-service-not-found'));
    const result = await plan({ target: { uri: uri(), name: 'lost', namespace: 'default', documentIndex: 0 }, added: [], storageClass: 'default' });
    assert.equal(result.message.type, 'init');
    if (result.message.type !== 'init') return;
    assert.equal(result.message.title, 'StatefulSet lost');
    assert.equal(result.message.policy, 'OrderedReady');
    assert.deepEqual(result.target, { uri: uri(), name: 'lost', namespace: 'default', documentIndex: 1 });
    assert.deepEqual(result.problems.map((p) => [p.problem.ruleId, p.range.start.line]), [['sts-service-not-found', 32]]);
    const whatIf = await plan({ target: { uri: uri(), name: 'lost', namespace: 'default' }, added: [], storageClass: 'default', policy: 'Parallel' });
    assert.equal(whatIf.message.type === 'init' && whatIf.message.policy, 'Parallel');
  });

  it('plays "Simulate this change" from the committed StatefulSet, and says so when nothing is committed', async () => {
    const edited = `${WEB.replace(/image: .*/, 'image: nginx:9.9')}---\n${LOST}`;
    await client.open(uri(), edited);
    const session = { target: { uri: uri(), name: 'web', namespace: 'default' }, added: [], storageClass: 'default', change: true };
    let result = await plan(session);
    // The baseline is read asynchronously after start: until then the answer is "no baseline".
    for (let attempt = 0; attempt < 100 && result.message.type === 'error'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      result = await plan(session);
    }
    assert.equal(result.message.type, 'init', JSON.stringify(result.message));
    if (result.message.type === 'init') assert.match(result.message.title, /^StatefulSet web: HEAD \(web-\w+\) → this edit \(web-\w+\)$/);
    const unread = await plan({ target: { uri: pathToFileURL(path.join(dir, 'nowhere.yaml')).href, name: 'web', namespace: 'default' }, added: [], storageClass: 'default' });
    assert.equal(unread.message.type, 'error');
  });
});
