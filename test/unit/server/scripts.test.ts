// Issue #12 item 1, the extension host as glue: "Simulate Rollout with a Script…" asks the server
// which workspace files are scripts (`statefulsetStudio/findScripts`), and the panel's session
// travels without its script parsed: the server starts a script's StorageClass switch where the
// script sets it, unless the switch was set.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIND_SCRIPTS_REQUEST, PANEL_PLAN_REQUEST, STATEFUL_SETS_REQUEST, type PanelPlanResult, type ScriptFile, type StatefulSetInfo } from '../../../src/protocol/lsp';
import { REPO_ROOT, ScriptedClient } from './scriptedClient';

const example = (name: string) => path.join(REPO_ROOT, 'examples', name);
const uriOf = (file: string) => pathToFileURL(file).href;

describe('the language server: scripts for the panel', function () {
  this.timeout(60_000);
  let client: ScriptedClient;

  beforeEach(async () => (client = await ScriptedClient.start()));
  afterEach(() => client.stop());

  it('tells the scripts among the files asked about, with their saved text, and leaves out manifests and files it cannot read', async () => {
    const script = example('scripts/node-failure.yaml');
    const uris = [uriOf(script), uriOf(example('web.yaml')), uriOf(example('scripts/gone.yaml')), 'untitled:Untitled-1', uriOf(example('learn/ordering.script.yaml'))];
    const found: ScriptFile[] = await client.connection.sendRequest(FIND_SCRIPTS_REQUEST, { uris });
    assert.deepEqual(found.map((s) => s.uri), [uris[0], uris[4]]);
    assert.equal(found[0].text, fs.readFileSync(script, 'utf8'));
  });

  it('starts a script session\'s StorageClass where the script sets it when the extension sent none, and keeps the switch\'s', async () => {
    const manifest = example('learn/no-storage-class.yaml');
    const text = fs.readFileSync(manifest, 'utf8');
    await client.open(uriOf(manifest), text);
    const script = { id: 'learn/no-storage-class.script.yaml', text: fs.readFileSync(example('learn/no-storage-class.script.yaml'), 'utf8') };
    const [sts]: StatefulSetInfo[] = await client.connection.sendRequest(STATEFUL_SETS_REQUEST, { uri: uriOf(manifest) });
    const plan = async (extra: object) => {
      const session = { target: { uri: uriOf(manifest), name: sts.name, namespace: sts.namespace }, script, added: [], ...extra };
      const result: PanelPlanResult = await client.connection.sendRequest(PANEL_PLAN_REQUEST, { session, locale: 'en' });
      assert.equal(result.message.type, 'init', JSON.stringify(result.message).slice(0, 200));
      return result.message.type === 'init' ? result.message.environment.storageClass : undefined;
    };
    assert.equal(await plan({}), 'none');
    assert.equal(await plan({ storageClass: 'default' }), 'default');
    assert.equal(await plan({ storageClass: { provisioner: 'forged' } }), 'none', 'only the switch\'s values are taken from the extension');
  });
});
