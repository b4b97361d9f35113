// A rollout panel that starts from a prepared script (a walkthrough step's button): its session,
// its `init` (the script's steps and environment, and the request to report progress), the
// session kept across reloads, and the `shown` message the webview answers with.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectResources } from '../../../src/core/check';
import { experimentById } from '../../../src/core/learn/experiments';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findStatefulSets, toSimInput } from '../../../src/core/simulate/fromModel';
import { parseScript } from '../../../src/core/simulate/script';
import { createLanguageService } from '../../../src/core/index';
import { buildInit } from '../../../src/panel/plan';
import { newSession, toSession } from '../../../src/panel/session';
import { MAX_SCRIPT_LENGTH } from '../../../src/protocol/lsp';
import { addStep } from '../../../src/panel/sessionState';
import { isFromWebview } from '../../../src/protocol/messages';
import { ROOT } from '../cliRun';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const TARGET = { uri: 'untitled:Untitled-1', name: 'web', namespace: 'default', documentIndex: 1 };

const LANGUAGE = createLanguageService();

function inputOf(manifest: string) {
  const source = { uri: TARGET.uri, parsed: parseFile(read(manifest)) };
  return toSimInput(findStatefulSets([source])[0], new ResourceIndex(collectResources([source])));
}

function scriptOf(id: Parameters<typeof experimentById>[0]) {
  const experiment = experimentById(id);
  return { experiment, script: { id, text: read(experiment.script) } };
}

describe('a rollout panel started from a walkthrough script', () => {
  it('plans the script\'s steps and environment, then what the user added, and asks for progress', () => {
    const { experiment, script } = scriptOf('ordering');
    const session = addStep(newSession(TARGET, script), { action: { kind: 'scale', replicas: 1 }, at: 40 });
    const init = buildInit(LANGUAGE, inputOf(experiment.manifest), session, [], 'en');
    assert.equal(init.type, 'init');
    if (init.type !== 'init') return;
    assert.deepEqual(init.steps, [{ kind: 'apply', patch: {} }, { kind: 'scale', replicas: 1, at: 40 }]);
    assert.equal(init.environment.readySeconds, 3);
    assert.equal(init.reportShown, true);
    assert.ok(experiment.proof(init.plan.frames.map((f) => f.event)) >= 0, 'the panel plan shows the proving event');
  });

  it('starts the StorageClass switch where the script sets it, and lets the switch override it', () => {
    const { experiment, script } = scriptOf('no-storage-class');
    const session = newSession(TARGET, script);
    assert.equal(session.storageClass, 'none');
    const present = buildInit(LANGUAGE, inputOf(experiment.manifest), { ...session, storageClass: 'default' }, [], 'en');
    assert.ok(present.type === 'init' && !present.plan.frames.some((f) => f.event.type === 'PVCPending'));
  });

  it('plans a panel without a script as before: the manifest as written, no progress asked', () => {
    const init = buildInit(LANGUAGE, inputOf('examples/learn/ordering.yaml'), newSession(TARGET), [], 'en');
    assert.ok(init.type === 'init');
    assert.deepEqual(init.steps, [{ kind: 'apply', patch: {} }]);
    assert.equal(init.environment.readySeconds, 1);
    assert.equal('reportShown' in init, false);
  });

  it('shows a broken script as the panel\'s error, in the script parser\'s words', () => {
    const init = buildInit(LANGUAGE, inputOf('examples/learn/ordering.yaml'), newSession(TARGET, { id: 'x', text: 'steps: [{explode: 1}]' }), [], 'en');
    const parsed = parseScript('steps: [{explode: 1}]');
    assert.deepEqual(init, { type: 'error', message: 'error' in parsed ? parsed.error : '' });
  });

  it('keeps the script across a reload (workspaceState), and drops one that is not text or too long', () => {
    const { script } = scriptOf('no-storage-class');
    const saved = JSON.parse(JSON.stringify(newSession(TARGET, script))) as unknown;
    assert.deepEqual(toSession(saved), newSession(TARGET, script));
    for (const bad of [{ id: 'x', text: 7 }, { id: 'x', text: 'a'.repeat(MAX_SCRIPT_LENGTH + 1) }, { id: {}, text: '' }]) {
      assert.equal(toSession({ ...(saved as object), script: bad })?.script, undefined, JSON.stringify(bad).slice(0, 40));
    }
  });

  it('accepts the webview\'s `shown` only with a frame index', () => {
    assert.ok(isFromWebview({ type: 'shown', index: 12 }));
    for (const bad of [{ type: 'shown' }, { type: 'shown', index: -1 }, { type: 'shown', index: 1.5 }, { type: 'shown', index: '3' }]) {
      assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
    }
  });

  it('gives the storage step\'s panel its volume lesson (the writes, where playback waits) and no other step\'s', () => {
    const { experiment, script } = scriptOf('storage');
    const fresh = buildInit(LANGUAGE, inputOf(experiment.manifest), newSession(TARGET, script), [], 'en');
    assert.ok(fresh.type === 'init' && fresh.volumes);
    const first = fresh.plan.frames.findIndex((f) => f.event.type === 'StepStarted' && f.event.object === 'deletePod');
    assert.deepEqual(fresh.volumes, { writes: [], writeBefore: first });
    const written = buildInit(LANGUAGE, inputOf(experiment.manifest), { ...newSession(TARGET, script), writes: [9] }, [], 'en');
    assert.deepEqual(written.type === 'init' && written.volumes, { writes: [9], writeBefore: first });
    const ordering = scriptOf('ordering');
    const other = buildInit(LANGUAGE, inputOf(ordering.experiment.manifest), newSession(TARGET, ordering.script), [], 'en');
    assert.equal(other.type === 'init' && 'volumes' in other, false);
  });

  it('accepts the webview\'s `writeVolumes` only with a simulated time, and keeps a script session\'s writes across a reload', () => {
    assert.ok(isFromWebview({ type: 'writeVolumes', at: 9 }));
    for (const bad of [{ type: 'writeVolumes' }, { type: 'writeVolumes', at: -1 }, { type: 'writeVolumes', at: '9' }, { type: 'writeVolumes', at: Infinity }]) {
      assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
    }
    const { script } = scriptOf('storage');
    const saved = JSON.parse(JSON.stringify({ ...newSession(TARGET, script), writes: [9, -2, 'x'] })) as unknown;
    assert.deepEqual(toSession(saved)?.writes, [9]);
    assert.equal(toSession({ ...(saved as object), script: undefined })?.writes, undefined, 'no script, no lesson');
  });
});
