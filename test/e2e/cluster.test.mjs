// The cluster what-ifs in the real VS Code (code-server's bundled VS Code 1.100, the packaged
// extension, Debian's Chromium through playwright-core): examples/cluster.yaml played from
// examples/scripts/node-failure.yaml through "Simulate Rollout with a Script…", then the panel's
// own node what-ifs. Screenshots, light and dark, go to test-output/ui/ (ignored by git).
//   npm run package && node scripts/node-test.mjs test/e2e/cluster.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test as nodeTest } from 'node:test';
import { openWorkbench, ROOT } from '../harness/server.mjs';
import { pickRow as pickPaletteRow, runCommand } from './palette.mjs';

const OUT = path.join(ROOT, 'test-output', 'ui');
const VSIX = path.join(ROOT, 'statefulset-studio.vsix');
const WORKSPACE = path.join(OUT, 'cluster-workspace');
/** The scheduler's words for db-2 once node-b1, the only node of its volume's zone, is unreachable. */
const NO_NODE = '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) had volume node affinity conflict.';
const BAD_NODES = 'environment:\n  nodes:\n    - {name: node-a1, zone: eu-1a}\n    - {name: node-a1, zone: eu-1b}\nsteps:\n  - apply: {}\n';
const UNKNOWN_NODE = 'environment:\n  nodes:\n    - {name: node-a1, zone: eu-1a}\nsteps:\n  - apply: {}\n  - failNode: node-z9\n';
/** The lane of the node that fails, and the lane of pods no node can take. */
const NODE_B1 = '.lane:has(.lane__name:text-is("node-b1"))';
const UNSCHEDULED = '.lane--unscheduled';
let server;
let browser;
let page;

async function capture(name) {
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

/** A test that leaves a screenshot of the failure in test-output/ui. */
function test(name, fn) {
  nodeTest(name, async () => {
    try {
      await fn();
    } catch (error) {
      await capture(`FAILED-cluster-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => {});
      throw error;
    }
  });
}

const pickRow = (filter, label) => pickPaletteRow(page, filter, label);
const command = (label) => runCommand(page, label);

async function theme(name, workbenchClass) {
  await command('Preferences: Color Theme');
  await pickRow(name, name);
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 30_000 });
}

/** The rollout panel's page, inside VS Code's webview iframe. */
const panel = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

/** "Simulate Rollout with a Script…" on examples/cluster.yaml with the script `file` (a workspace path). */
async function simulateWithScript(file) {
  await command('View: Focus First Editor Group');
  await page.keyboard.press('Control+P');
  await pickRow('cluster.yaml', 'cluster.yaml');
  await page.locator('.tab.active[aria-label*="cluster.yaml"]').waitFor({ timeout: 15_000 });
  await page.locator('.codelens-decoration a', { hasText: 'Simulate rollout' }).first().waitFor({ timeout: 60_000 }); // the extension has the file
  await command('StatefulSet: Simulate Rollout with a Script…');
  await pickRow(path.basename(file), path.basename(file));
  await page.locator('.tab.active', { hasText: 'Rollout: db' }).waitFor({ timeout: 30_000 });
}

/** What the panel shows now: position, lanes by zone (node, state, cards) and the Unscheduled lane. */
function panelState() {
  return panel().locator('.app').evaluate((app) => {
    const text = (node) => (node?.textContent ?? '').trim();
    const scrubber = app.querySelector('.scrubber');
    const card = (slot) => ({
      name: text(slot.querySelector('.pod__name')),
      status: text(slot.querySelector('.pod__status')),
      reason: text(slot.querySelector('.pod__reason')),
      claims: [...slot.querySelectorAll('.claim')].map((c) => `${text(c.querySelector('.claim__name'))} ${c.querySelector('.claim__zone')?.hidden ? '' : text(c.querySelector('.claim__zone'))}`.trim()),
    });
    const lane = (section) => ({
      name: text(section.querySelector('.lane__name')),
      state: section.querySelector('.node-state')?.hidden ? '' : text(section.querySelector('.node-state')),
      pods: [...section.querySelectorAll('.slot:not(.slot--leaving)')].map(card),
    });
    return {
      index: Number(scrubber.value),
      last: Number(scrubber.max),
      playing: app.querySelector('.play')?.getAttribute('aria-pressed') === 'true',
      event: text(app.querySelector('.events__list .event--current .event__type')),
      zones: [...app.querySelectorAll('.zone:not(.zone--special)')].map((z) => ({ title: text(z.querySelector('.zone__title')), lanes: [...z.querySelectorAll('.lane')].map(lane) })),
      unscheduled: [...app.querySelectorAll('.lane--unscheduled')].map(lane),
      error: app.querySelector('.error')?.hidden ? '' : text(app.querySelector('.error')),
    };
  });
}

const laneOf = (state, node) => state.zones.flatMap((z) => z.lanes).find((l) => l.name === node);
const podsNamed = (state, pod) => [...state.zones.flatMap((z) => z.lanes), ...state.unscheduled].flatMap((l) => l.pods.filter((p) => p.name === pod).map((p) => ({ ...p, lane: l.name })));

/** Presses `key` on the scrubber and waits until it shows frame `index`. */
async function scrubTo(key, index) {
  await panel().locator('.scrubber').press(key);
  await panel().locator('.scrubber').evaluate((s, i) => new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    const check = () => (Number(s.value) === i ? resolve() : Date.now() > deadline ? reject(new Error(`scrubber at ${s.value}, not ${i}`)) : requestAnimationFrame(check));
    check();
  }), index);
}

/** After a what-if: the extension re-plans, and the panel plays on from the new step to the end. */
async function playedOn(before) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const state = await panelState();
    if (state.last > before.last && state.index === state.last && !state.playing) return state;
    if (Date.now() > deadline) throw new Error(`the panel did not play the re-planned rollout to its end in 90 s: ${JSON.stringify({ before: before.last, ...state })}`);
    await page.waitForTimeout(250);
  }
}

/**
 * Where a card's content runs out of its card, a card out of its lane or a lane out of its zone:
 * such content is cut off on screen (the lanes and cards contain their paint).
 */
function clippedContent() {
  return panel().locator('.app').evaluate((app) => {
    const outside = (inner, outer) => inner.getBoundingClientRect().bottom > outer.getBoundingClientRect().bottom + 0.5;
    const name = (node) => `${node.className.split(' ')[0]} ${(node.querySelector('.pod__name, .lane__name, .zone__title')?.textContent ?? '').trim()}`;
    const pairs = [
      ...[...app.querySelectorAll('.zone .slot')].flatMap((slot) => [...slot.querySelectorAll('.pod__reason, .claims, .pod__facts')].map((part) => [part, slot])),
      ...[...app.querySelectorAll('.zone .slot')].map((slot) => [slot, slot.closest('.lane')]),
      ...[...app.querySelectorAll('.zone .lane')].map((lane) => [lane, lane.closest('.zone')]),
    ];
    return pairs.filter(([inner, outer]) => !inner.hidden && outside(inner, outer)).map(([inner, outer]) => `${name(inner)} runs out of ${name(outer)}`);
  });
}

/** A screenshot with `selector` (the lane in question) scrolled into view and the cards' animations finished; nothing cut off. */
async function settledShot(name, selector) {
  if (selector) await panel().locator(selector).first().scrollIntoViewIfNeeded();
  await panel().locator('.app').evaluate(async (app) => {
    // Only animations that end (a Pending card may pulse forever), and at most 5 s of them.
    const finite = app.ownerDocument.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, 5_000))]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await capture(name);
  assert.deepEqual(await clippedContent(), [], `content cut off in ${name}.png`);
}

before(async () => {
  assert.ok(fs.existsSync(VSIX), 'statefulset-studio.vsix is missing: run `npm run package` first');
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'examples'), WORKSPACE, { recursive: true });
  fs.writeFileSync(path.join(WORKSPACE, 'scripts', 'duplicate-nodes.yaml'), BAD_NODES);
  fs.writeFileSync(path.join(WORKSPACE, 'scripts', 'unknown-node.yaml'), UNKNOWN_NODE);
  const settings = { 'workbench.colorTheme': 'Default Light Modern', 'statefulsetStudio.baseline': 'off' };
  ({ server, browser, page } = await openWorkbench({ runsDir: path.join(OUT, '..'), vsix: VSIX, folder: WORKSPACE, settings }));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the node script shows a lane per node grouped by zone, and node-b1 goes NotReady at the failNode step with db-2 on it', async () => {
  await simulateWithScript('scripts/node-failure.yaml');
  await panel().locator('.lane').first().waitFor({ timeout: 60_000 });
  await scrubTo('End', (await panelState()).last);
  await scrubTo('Home', -1);
  const { last } = await panelState();
  const frames = [];
  for (let i = 0; i <= last; i++) {
    await scrubTo('ArrowRight', i);
    const state = await panelState();
    frames.push({ event: state.event, node: laneOf(state, 'node-b1')?.state, db2: podsNamed(state, 'db-2') });
  }
  const trace = frames.map((f, i) => `${i} ${f.event} node-b1=${f.node} db-2=${f.db2.map((p) => `${p.status}@${p.lane}`).join('+')}`).join('\n');
  const down = frames.findIndex((f) => f.node === '✕ NotReady');
  assert.ok(down > 0, `node-b1 never went NotReady:\n${trace}`);
  assert.match(frames[down].event, /NodeNotReady/, `node-b1 turned NotReady at another event:\n${trace}`);
  assert.match(frames[down - 1].event, /StepStarted/, `the failNode step should come right before NodeNotReady:\n${trace}`);
  assert.ok(frames.slice(0, down).every((f) => f.node === '✓ Ready'), `node-b1 should be Ready before the step:\n${trace}`);
  assert.deepEqual(frames[down - 1].db2, [{ name: 'db-2', status: 'Ready', reason: '', claims: ['data-db-2 zone eu-1b'], lane: 'node-b1' }]);

  const end = await panelState();
  assert.deepEqual(end.zones.map((z) => [z.title, z.lanes.map((l) => `${l.name} ${l.state}`)]), [
    ['zone eu-1a', ['node-a1 ✓ Ready', 'node-a2 ✓ Ready']],
    ['zone eu-1b', ['node-b1 ✕ NotReady']],
  ]);
  assert.deepEqual(end.zones.flatMap((z) => z.lanes).map((l) => [l.name, l.pods.map((p) => `${p.name} ${p.status}`)]), [
    ['node-a1', ['db-0 Ready']],
    ['node-a2', ['db-1 Ready']],
    ['node-b1', ['db-2 Terminating']],
  ]);
  assert.deepEqual(end.unscheduled, [], 'no replacement while db-2 is Terminating');
  await panel().locator('.budgets li', { hasText: 'PDB db' }).waitFor({ timeout: 5_000 });
  await settledShot('cluster-node-failed-light', NODE_B1);
});

test('Force delete, confirmed, creates db-2 again: Pending with the scheduler\'s message, as eu-1b has no Ready node', async () => {
  const before = await panelState();
  const actions = panel().locator('fieldset.action').filter({ has: panel().locator('.pod-picker') });
  const picker = actions.locator('.pod-picker');
  await picker.click();
  await picker.getByText('db-2', { exact: true }).last().click();
  assert.equal(await picker.evaluate((p) => p.value), 'db-2');
  const force = panel().locator('vscode-button.act-force-delete');
  assert.equal(await force.evaluate((b) => b.disabled), false, 'Force delete should be enabled for the Terminating db-2');
  await force.click();
  const confirm = panel().locator('.confirm');
  await confirm.waitFor({ state: 'visible', timeout: 5_000 });
  assert.match(await confirm.locator('.confirm__text').innerText(), /old process may still be running on the unreachable node/);
  await settledShot('cluster-force-delete-confirm-light', '.confirm');
  await confirm.locator('.confirm__yes').click();

  const after = await playedOn(before);
  const db2 = podsNamed(after, 'db-2');
  assert.deepEqual(db2, [{ name: 'db-2', status: 'Pending', reason: NO_NODE, claims: ['data-db-2 zone eu-1b'], lane: 'Unscheduled' }], JSON.stringify(after));
  assert.equal(laneOf(after, 'node-b1').pods.length, 0, 'the old db-2 is gone from node-b1');
  await settledShot('cluster-pending-light', UNSCHEDULED);
  await theme('Dark Modern', 'vs-dark');
  await settledShot('cluster-pending-dark', UNSCHEDULED);
  // The README's picture: the panel alone, wide enough for the lanes beside the what-ifs.
  await command('View: Toggle Primary Side Bar Visibility');
  await command('View: Toggle Maximize Editor Group');
  await settledShot('cluster-what-ifs-dark', UNSCHEDULED);
  await command('View: Toggle Maximize Editor Group');
  await command('View: Toggle Primary Side Bar Visibility');
  await theme('Light Modern', 'vs');
});

test('Restore node brings node-b1 back and db-2 runs on it again', async () => {
  const before = await panelState();
  const restore = panel().locator('.lane', { has: panel().locator('.lane__name', { hasText: 'node-b1' }) }).locator('vscode-button[data-kind="restoreNode"]');
  assert.equal(await restore.evaluate((b) => b.disabled), false);
  await restore.click();
  const after = await playedOn(before);
  assert.equal(laneOf(after, 'node-b1').state, '✓ Ready');
  assert.deepEqual(podsNamed(after, 'db-2').map((p) => `${p.status}@${p.lane}`), ['Ready@node-b1'], JSON.stringify(after));
  assert.deepEqual(after.unscheduled, []);
  await settledShot('cluster-restored-light', NODE_B1);
  await theme('Dark Modern', 'vs-dark');
  await settledShot('cluster-restored-dark', NODE_B1);
  await theme('Light Modern', 'vs');
});

test('a script with a duplicate or an unknown node name shows the parser\'s message in the panel, not a blank page', async () => {
  for (const [file, message] of [
    ['scripts/duplicate-nodes.yaml', 'environment.nodes[1].name: node "node-a1" is listed twice: node names are unique in a cluster'],
    ['scripts/unknown-node.yaml', 'steps[1].failNode: no node named "node-z9" in environment.nodes (nodes: node-a1)'],
  ]) {
    await simulateWithScript(file);
    const error = panel().locator('.error');
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal((await error.innerText()).trim(), message);
    await capture(`cluster-bad-script-${path.basename(file, '.yaml')}-light`);
  }
});
