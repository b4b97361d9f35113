// UI tests: the packaged extension in a real VS Code (code-server's bundled VS Code 1.100) driven
// through Debian's Chromium by playwright-core. What a user sees: squiggles, the Problems panel,
// the hover on a diagnostic. Screenshots go to test-output/ (ignored by git).
//   node --test --test-concurrency=1 test/e2e/ui.test.mjs       (after `npm run package`)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test as nodeTest } from 'node:test';
import { openWorkbench, ROOT } from '../harness/server.mjs';
import { runCommand } from './palette.mjs';

const OUT = path.join(ROOT, 'test-output', 'ui');
const VSIX = path.join(ROOT, 'statefulset-studio.vsix');
const WORKSPACE = path.join(OUT, 'workspace');
let server;
let browser;
let page;

function copyExamples() {
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'examples'), WORKSPACE, { recursive: true });
}

async function shot(name) {
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

async function openFile(relative) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relative);
  // Click the row: Enter raced the list's refresh (history rows replaced by file results) and was lost now and then.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relative) }).first();
  await row.waitFor();
  await row.click();
  await page.locator(`.tab.active[aria-label*="${path.basename(relative)}"]`).waitFor({ timeout: 15_000 }).catch(async () => {
    throw new Error(`Quick Open did not open ${relative}; tabs: ${JSON.stringify(await page.locator('.tab').allInnerTexts())}`);
  });
}

/** A test that leaves a screenshot of the failure in test-output/ui. */
function test(name, fn) {
  nodeTest(name, async () => {
    try {
      await fn();
    } catch (error) {
      await shot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => {});
      throw error;
    }
  });
}

before(async () => {
  assert.ok(fs.existsSync(VSIX), 'statefulset-studio.vsix is missing: run `npm run package` first');
  copyExamples();
  // The workspace copy lies in this repository, whose HEAD holds examples/ too: the git baseline is off
  // for the suite (an edit of a copy would be an update of the committed object), and on for the
  // last test, in a repository of its own.
  const settings = { 'workbench.colorTheme': 'Default Light Modern', 'statefulsetStudio.baseline': 'off' };
  ({ server, browser, page } = await openWorkbench({ runsDir: path.join(OUT, '..'), vsix: VSIX, folder: WORKSPACE, settings }));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function problemsRows() {
  return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join('\n');
}

test('a Service that is not headless is underlined at serviceName and explained in the problem peek', async () => {
  await openFile('broken/service-not-headless.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('F8');
  const peek = page.locator('.marker-widget').first();
  await peek.waitFor({ timeout: 15_000 });
  const text = await peek.innerText();
  assert.match(text, /Service "cache" is not headless/);
  assert.match(text, /sts-service-not-headless/);
  await shot('problem-peek-light');
  await page.keyboard.press('Escape');
});

test('hovering the problem shows the message and the rule id', async () => {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover').first();
  await hover.waitFor({ timeout: 15_000 });
  const text = await hover.innerText();
  assert.match(text, /not headless/);
  assert.match(text, /sts-service-not-headless/);
  await shot('hover-light');
  await page.keyboard.press('Escape');
});

test('the Problems panel lists findings of workspace files that are not open', async () => {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length > 3, null, { timeout: 30_000 });
  const texts = await problemsRows();
  for (const file of ['missing-claim.yaml', 'old-api-and-bad-values.yaml']) assert.ok(texts.includes(file), `${file} not in Problems:\n${texts}`);
  const filter = page.locator('.markers-panel-container, .panel').locator('.viewpane-filter input, .monaco-inputbox input').first();
  await filter.fill('pod-volume-mount-not-found');
  await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent.includes('Not found: "config"')), null, { timeout: 15_000 });
  await shot('problems-light');
  await filter.fill('');
});

test('the same view in the dark theme (screenshots for the README)', async () => {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input.input');
  await input.fill('Dark Modern');
  const theme = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText('Dark Modern', { exact: true }) }).first();
  await theme.waitFor();
  await theme.click();
  await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 30_000 });
  await openFile('broken/old-api-and-bad-values.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
  await shot('problems-dark');
  await page.keyboard.press('F8');
  await page.locator('.marker-widget').first().waitFor({ timeout: 15_000 });
  await shot('problem-peek-dark');
  await page.keyboard.press('Escape');
});

test('the ▶ Simulate rollout CodeLens opens the rollout panel with the pods\' DNS names and claims', async () => {
  await openFile('web.yaml');
  const lens = page.locator('.codelens-decoration a', { hasText: 'Simulate rollout' }).first();
  await lens.waitFor({ timeout: 60_000 });
  await runCommand(page, 'View: Hide Panel'); // the Problems panel would cover half the rollout panel
  await lens.click();
  await page.locator('.tab.active', { hasText: 'Rollout: web' }).waitFor({ timeout: 30_000 });
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await webview.getByText('web-0.nginx.default.svc.cluster.local').first().waitFor({ timeout: 60_000 });
  await webview.getByText('www-web-0').first().waitFor({ timeout: 30_000 });
  await webview.getByText('web-1.nginx.default.svc.cluster.local').first().waitFor({ timeout: 60_000 });
  const dark = await page.locator('.monaco-workbench.vs-dark').count();
  await shot(dark ? 'rollout-dark' : 'rollout-light');
  if (dark) {
    // The panel follows the theme through --vscode-* variables: the light screenshot is one theme switch away.
    await runCommand(page, 'Preferences: Color Theme');
    await page.locator('.quick-input-widget input.input').fill('Light Modern');
    const theme = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText('Light Modern', { exact: true }) }).first();
    await theme.waitFor();
    await theme.click();
    await page.locator('.monaco-workbench.vs').waitFor({ timeout: 30_000 });
    await webview.getByText('www-web-0').first().waitFor({ timeout: 30_000 });
    await shot('rollout-light');
  }
});

/** Polls `probe` (something cheap, outside the page) every 100 ms until it is truthy; fails after `timeoutMs` naming `what`. */
async function eventually(what, probe, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---- Authoring in the editor: the field docs on hover, a quick fix from the light bulb ----

async function setTheme(name, workbenchClass) {
  await runCommand(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget input.input').fill(name);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(name, { exact: true }) }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 30_000 });
}
const lightTheme = () => setTheme('Light Modern', 'vs');
const darkTheme = () => setTheme('Dark Modern', 'vs-dark');

/** The token `word` on the editor line that contains `lineText` (a visible line of the active editor). */
function token(lineText, word) {
  return page
    .locator('.editor-group-container.active .monaco-editor .view-line', { hasText: lineText })
    .first()
    .locator('span > span', { hasText: new RegExp(`^${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .first();
}

test('hovering a field (replicas in web.yaml) shows its type and the Kubernetes docs', async () => {
  await runCommand(page, 'View: Focus First Editor Group'); // the rollout panel, if open, stays in the second group
  await openFile('web.yaml');
  const replicas = token('replicas: 2', 'replicas');
  await replicas.waitFor({ timeout: 30_000 });
  const hover = page.locator('.monaco-hover').filter({ hasText: 'desired number of replicas' });
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await darkTheme();
    await page.mouse.move(5, 5); // away first, so that the hover opens again
    await hover.waitFor({ state: 'hidden', timeout: 15_000 });
    await replicas.hover();
    await hover.waitFor({ state: 'visible', timeout: 15_000 }).catch(async () => {
      const texts = await page.locator('.monaco-hover').allInnerTexts();
      throw new Error(`no hover with the replicas docs after hovering "replicas"; hovers in the page: ${JSON.stringify(texts)}`);
    });
    const text = await hover.innerText();
    assert.match(text, /replicas\s+int(eger|32)/, `the hover should start with the field and its type:\n${text}`);
    assert.match(text, /replicas is the desired number of replicas of the given Template/, `no Kubernetes description:\n${text}`);
    assert.match(text, /spec\.replicas/, `no field path:\n${text}`);
    await shot(`hover-field-${theme}`);
  }
  await page.mouse.move(5, 5);
  await lightTheme();
});

test('a quick fix from the light bulb makes the Service headless and the squiggle goes away', async () => {
  // test-output/ui/workspace is the suite's copy of examples/: the fix is applied and saved there only.
  const file = path.join(WORKSPACE, 'broken', 'service-not-headless.yaml');
  assert.ok(fs.readFileSync(file, 'utf8').startsWith(fs.readFileSync(path.join(ROOT, 'examples/broken/service-not-headless.yaml'), 'utf8')));
  await runCommand(page, 'View: Focus First Editor Group');
  await openFile('broken/service-not-headless.yaml');
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
  assert.equal(await editor.locator('.squiggly-error').count(), 1, 'one error squiggle (serviceName: cache) expected');
  await token('serviceName: cache', 'cache').click(); // the caret on the diagnostic
  const bulb = editor.locator('.lightBulbWidget');
  await bulb.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
    throw new Error('no light bulb next to "serviceName: cache" with the caret on the diagnostic');
  });
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: 15_000 });
  const rows = menu.locator('.monaco-list-row');
  const titles = await rows.allInnerTexts();
  const fix = rows.filter({ hasText: /Make Service "cache" headless/ }).first();
  assert.ok(await fix.count(), `no "Make Service "cache" headless" in the quick fix menu: ${JSON.stringify(titles)}`);
  assert.ok(titles.some((t) => t.includes('Disable sts-service-not-headless for this line')), `no "Disable" action in the menu: ${JSON.stringify(titles)}`);
  await shot('quick-fix-menu-light');
  // Choose it with the keyboard, as a user of Ctrl+. does (a click races the menu's layout).
  const focused = menu.locator('.monaco-list-row.focused');
  for (let i = 0; i < titles.length && !/Make Service "cache" headless/.test(await focused.innerText().catch(() => '')); i++) {
    await page.keyboard.press('ArrowDown');
  }
  assert.match(await focused.innerText(), /Make Service "cache" headless/, 'could not move the focus of the quick fix menu to the fix');
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden', timeout: 15_000 });
  await page
    .waitForFunction(() => document.querySelectorAll('.editor-group-container.active .monaco-editor .squiggly-error').length === 0, null, { timeout: 30_000 })
    .catch(() => {
      throw new Error('the error squiggle is still there after applying the fix');
    });
  const lines = await editor.locator('.view-lines').innerText();
  assert.match(lines.replace(/\u00a0/g, ' '), /clusterIP: None/, `no clusterIP: None in the editor:\n${lines}`);
  await shot('quick-fix-applied-light');
  await page.keyboard.press('Control+S');
  await eventually('the saved copy on disk to have clusterIP: None', () => /\n {2}clusterIP: None\n/.test(fs.readFileSync(file, 'utf8')));
});

// ---- The rollout panel: stepping, deleting a pod, surviving a reload ----

/** The rollout panel's page (inside VS Code's webview iframe). */
const webview = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

/** Opens the rollout panel of web.yaml from its CodeLens unless it is open already, and shows it. */
async function rolloutPanel() {
  const tab = page.locator('.tab', { hasText: 'Rollout: web' });
  if ((await tab.count()) === 0) {
    await runCommand(page, 'View: Focus First Editor Group');
    await openFile('web.yaml');
    const lens = page.locator('.codelens-decoration a', { hasText: 'Simulate rollout' }).first();
    await lens.waitFor({ timeout: 60_000 });
    await lens.click();
  } else {
    await tab.first().click();
  }
  await page.locator('.tab.active', { hasText: 'Rollout: web' }).waitFor({ timeout: 30_000 });
  const view = webview();
  await view.locator('.scrubber').waitFor({ timeout: 60_000 });
  await view.locator('article.slot').first().waitFor({ timeout: 60_000 });
  return view;
}

/** What the panel shows now: the position and, per card, name, status, IP, DNS name and claims. */
async function panelState(view) {
  return view.locator('.app').evaluate((app) => {
    const text = (node) => (node?.textContent ?? '').trim();
    const scrubber = app.querySelector('.scrubber');
    return {
      index: Number(scrubber.value),
      last: Number(scrubber.max),
      position: text(app.querySelector('.position')),
      playing: app.querySelector('.play')?.getAttribute('aria-pressed') === 'true',
      cards: Object.fromEntries(
        [...app.querySelectorAll('article.slot:not(.slot--leaving)')].map((slot) => [
          text(slot.querySelector('.pod__name')),
          {
            status: text(slot.querySelector('.pod__status')),
            hasPod: !slot.querySelector('.pod').classList.contains('pod--gone'),
            ip: text(slot.querySelector('.fact--ip .ip')),
            oldIp: text(slot.querySelector('.fact--ip .ip__old')),
            newIpBadge: !slot.querySelector('.ip__badge').hidden,
            dns: text(slot.querySelector('.fact--dns .dns')),
            claims: [...slot.querySelectorAll('.claim__name')].map(text),
          },
        ]),
      ),
    };
  });
}

/** Presses `key` on the scrubber (a range input) and waits until it shows frame `index`. */
async function scrubTo(view, key, index) {
  await view.locator('.scrubber').press(key);
  await view
    .locator('.scrubber')
    .evaluate((s, i) => new Promise((resolve, reject) => {
      const deadline = Date.now() + 10_000;
      const check = () => (Number(s.value) === i ? resolve() : Date.now() > deadline ? reject(new Error(`scrubber at ${s.value}, not ${i}`)) : requestAnimationFrame(check));
      check();
    }), index);
}

test('stepping through the rollout: web-0 is Ready before web-1 has a pod; DNS names and claim names', async () => {
  const view = await rolloutPanel();
  await scrubTo(view, 'Home', -1); // pauses the autoplay and goes back before the first event
  let state = await panelState(view);
  assert.equal(state.playing, false, 'Home on the scrubber should pause');
  assert.ok(state.last >= 10, `the rollout of web (2 replicas) should have a dozen events or more, has ${state.last + 1}`);
  assert.match(state.position, /before the first of \d+ events/, `position: ${state.position}`);
  const steps = [];
  let web0ReadyAt;
  let web1PodAt;
  let web1CardAt;
  for (let i = 0; i <= state.last && web1PodAt === undefined; i++) {
    await scrubTo(view, 'ArrowRight', i);
    state = await panelState(view);
    steps.push(`${i}: ${state.position} | ${Object.entries(state.cards).map(([n, c]) => `${n}=${c.status}`).join(', ')}`);
    if (web0ReadyAt === undefined && state.cards['web-0']?.status === 'Ready') {
      web0ReadyAt = i;
      await shot('rollout-step-web-0-ready-light');
    }
    if (web1CardAt === undefined && state.cards['web-1']) web1CardAt = i; // its claim may come before its pod
    if (state.cards['web-1']?.hasPod) {
      web1PodAt = i;
      assert.equal(state.cards['web-0']?.status, 'Ready', `web-0 should be Ready when web-1 gets a pod:\n${steps.join('\n')}`);
    }
  }
  assert.ok(web0ReadyAt !== undefined, `web-0 never became Ready:\n${steps.join('\n')}`);
  assert.ok(web1PodAt !== undefined, `web-1 never got a pod:\n${steps.join('\n')}`);
  assert.ok(web0ReadyAt < web1CardAt, `web-0 Ready at step ${web0ReadyAt}, but a web-1 card already at step ${web1CardAt}:\n${steps.join('\n')}`);
  assert.ok(web0ReadyAt < web1PodAt, `web-0 Ready at step ${web0ReadyAt}, web-1's pod at step ${web1PodAt}:\n${steps.join('\n')}`);
  await shot('rollout-step-web-1-created-light');

  // Step (the toolbar button) on to the end: both pods Ready, their DNS names and claims.
  const stepButton = view.locator('.toolbar vscode-button').nth(1);
  for (let i = state.index + 1; i <= state.last; i++) {
    await stepButton.click();
    await view.locator('.scrubber').evaluate((s, n) => new Promise((resolve, reject) => {
      const deadline = Date.now() + 10_000;
      const check = () => (Number(s.value) === n ? resolve() : Date.now() > deadline ? reject(new Error(`Step: scrubber at ${s.value}, not ${n}`)) : requestAnimationFrame(check));
      check();
    }), i);
  }
  state = await panelState(view);
  assert.match(state.position, new RegExp(`event ${state.last + 1} / ${state.last + 1}`), `position at the end: ${state.position}`);
  for (const n of [0, 1]) {
    const card = state.cards[`web-${n}`];
    assert.ok(card, `no card web-${n} at the end: ${JSON.stringify(state.cards)}`);
    assert.equal(card.status, 'Ready', `web-${n} at the end: ${JSON.stringify(card)}`);
    assert.equal(card.dns, `web-${n}.nginx.default.svc.cluster.local`);
    assert.deepEqual(card.claims, [`www-web-${n}`]);
    assert.match(card.ip, /^\d+\.\d+\.\d+\.\d+$/, `web-${n} has no IP: ${JSON.stringify(card)}`);
  }
  await view.locator('.service__name', { hasText: 'nginx.default.svc.cluster.local' }).waitFor({ timeout: 5_000 });
  await shot('rollout-end-light');
});

test('deleting web-1 from the panel: after playing on, web-1 is back under the same name with a new IP', async () => {
  const view = await rolloutPanel();
  await scrubTo(view, 'End', (await panelState(view)).last);
  const before = await panelState(view);
  const oldIp = before.cards['web-1']?.ip;
  assert.match(oldIp ?? '', /^\d+\.\d+\.\d+\.\d+$/, `web-1 should have an IP at the end: ${JSON.stringify(before.cards)}`);

  // "What if…" → A pod: pick web-1, Delete (the first button of the group that holds the pod picker).
  const group = view.locator('fieldset.action').filter({ has: view.locator('.pod-picker') });
  const picker = group.locator('.pod-picker');
  await picker.click();
  const option = picker.getByText('web-1', { exact: true }).last();
  await option.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
    throw new Error(`the pod picker shows no option web-1: ${await picker.evaluate((p) => p.shadowRoot?.innerHTML ?? p.outerHTML)}`);
  });
  await option.click();
  await view.locator('.pod-picker').evaluate((p) => p.value).then((value) => assert.equal(value, 'web-1', 'the picker should now have web-1'));
  await shot('rollout-delete-picked-light');
  await group.locator('vscode-button').first().click();

  // The extension re-plans with the deletion and the panel plays on from it, to the end.
  let after;
  const deadline = Date.now() + 60_000;
  for (;;) {
    after = await panelState(view);
    if (after.last > before.last && after.index === after.last && !after.playing) break;
    if (Date.now() > deadline) {
      throw new Error(`the panel did not play to the end of the re-planned rollout in 60 s: before ${before.position}, now ${after.position}, playing ${after.playing}`);
    }
    await view.locator('.position').evaluate(() => new Promise((r) => setTimeout(r, 200))); // poll the page's state
  }
  const events = await view.locator('.events__list').innerText();
  const card = after.cards['web-1'];
  assert.ok(card, `no web-1 card after the deletion: ${JSON.stringify(after.cards)}`);
  assert.equal(card.status, 'Ready', `web-1 after the deletion: ${JSON.stringify(card)}\n${events}`);
  assert.match(card.ip, /^\d+\.\d+\.\d+\.\d+$/, `web-1 has no IP: ${JSON.stringify(card)}`);
  assert.notEqual(card.ip, oldIp, `web-1 should have a new IP, still has ${oldIp}`);
  assert.equal(card.oldIp, oldIp, `the card should show the old IP struck through: ${JSON.stringify(card)}`);
  assert.equal(card.newIpBadge, true, `the "new IP" badge should show: ${JSON.stringify(card)}`);
  assert.equal(card.dns, 'web-1.nginx.default.svc.cluster.local', 'same DNS name');
  assert.deepEqual(card.claims, ['www-web-1'], 'same claim');
  assert.equal(after.cards['web-0']?.ip, before.cards['web-0']?.ip, 'web-0 keeps its IP');
  const web1 = view.locator('article.slot').filter({ has: view.locator('.pod__name', { hasText: /^web-1$/ }) });
  await web1.scrollIntoViewIfNeeded();
  // Let the cards' entrance animations finish and the scrolled frame paint before the screenshot.
  await web1.evaluate(async (slot) => {
    await Promise.all(slot.ownerDocument.getAnimations().map((a) => a.finished.catch(() => {})));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await shot('rollout-new-ip-light');
  await darkTheme();
  await view.locator('.fact--ip .ip', { hasText: card.ip }).waitFor({ timeout: 15_000 });
  await shot('rollout-new-ip-dark');
  await lightTheme();
});

test('after reloading the window the rollout panel comes back at the saved position', async () => {
  let view = await rolloutPanel();
  // The simulated time of every event (the position reads "t = 16s · event 19 / 38").
  await scrubTo(view, 'Home', -1);
  const last = (await panelState(view)).last;
  const times = [];
  for (let i = 0; i <= last; i++) {
    await scrubTo(view, 'ArrowRight', i);
    times.push(Number(/t = (\d+(?:\.\d+)?)s/.exec((await panelState(view)).position)?.[1]));
  }
  // A position in the middle that is the last event of its simulated time: the panel restores by
  // time (see the report: an earlier event of the same time comes back as the last one of that time).
  let target = Math.floor(last / 2);
  while (target < last && times[target + 1] === times[target]) target++;
  await scrubTo(view, 'Home', -1);
  for (let i = 0; i <= target; i++) await scrubTo(view, 'ArrowRight', i);
  const before = await panelState(view);
  await shot('reload-before-light');

  // VS Code's own reload: the workbench saves its state (the open panel, the webview's setState)
  // before the page goes. A bare page.reload() does not wait for that in the browser (see the report).
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  await runCommand(page, 'Developer: Reload Window');
  await loaded;
  await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 90_000 });
  const tab = page.locator('.tab', { hasText: 'Rollout: web' });
  await tab.first().waitFor({ timeout: 30_000 }).catch(async () => {
    const tabs = await page.locator('.tab').allInnerTexts();
    throw new Error(`after the reload there is no "Rollout: web" tab; tabs: ${JSON.stringify(tabs)}`);
  });
  view = webview();
  await view.locator('article.slot').first().waitFor({ timeout: 60_000 }).catch(async () => {
    const frames = page.frames().map((f) => f.url().slice(0, 120));
    throw new Error(`the restored "Rollout: web" tab shows no pod cards within 60 s; frames: ${JSON.stringify(frames)}`);
  });
  const after = await panelState(view);
  await shot('reload-after-light');
  assert.equal(after.last, before.last, `the restored panel should have the same events (with the deletion): before ${before.position}, after ${after.position}`);
  assert.equal(after.position, before.position, 'the restored panel should be at the saved position');
  assert.equal(after.index, before.index);
  assert.equal(after.playing, false, 'a restored panel should not play by itself');
  assert.deepEqual(after.cards, before.cards, 'the same cards, statuses, IPs, DNS names and claims');
});

// ---- Changes against git (issue #10): a repository of its own inside the workspace ----

// The baseline tests' committed file, in namespace `change` (metadata in flow style).
const CHANGE_WEB = fs
  .readFileSync(path.join(ROOT, 'test', 'fixtures', 'baseline', 'web.yaml'), 'utf8')
  .replace(/^metadata:\n {2}name: (\w+)\n/gm, 'metadata: {name: $1, namespace: change}\n');
const CHANGE_DB = CHANGE_WEB.replace(/name: web/g, 'name: db').replace('name: nginx, namespace', 'name: db-headless, namespace').replace('serviceName: nginx', 'serviceName: db-headless');

function git(cwd, ...args) {
  const config = ['user.name=t', 'user.email=t@t', 'init.defaultBranch=main', 'commit.gpgsign=false', 'core.hooksPath=/dev/null'].flatMap((c) => ['-c', c]);
  execFileSync('git', [...config, ...args], { cwd, stdio: 'pipe' });
}

test('against the committed version: a renamed serviceName is refused, and "Simulate this change" plays an image change', async () => {
  const dir = path.join(WORKSPACE, 'change');
  fs.mkdirSync(dir, { recursive: true });
  // Names no other file of the workspace has: Quick Open picks the row by its file name.
  fs.writeFileSync(path.join(dir, 'image-change.yaml'), CHANGE_WEB);
  fs.writeFileSync(path.join(dir, 'refused-change.yaml'), CHANGE_DB);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'committed');
  fs.writeFileSync(path.join(dir, 'refused-change.yaml'), CHANGE_DB.replace('serviceName: db-headless', 'serviceName: db'));
  fs.writeFileSync(path.join(dir, 'image-change.yaml'), CHANGE_WEB.replace('image: nginx:1.24', 'image: nginx:1.25'));
  fs.mkdirSync(path.join(WORKSPACE, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(WORKSPACE, '.vscode', 'settings.json'), JSON.stringify({ 'statefulsetStudio.baseline': 'HEAD' }));
  await runCommand(page, 'View: Focus First Editor Group');
  await openFile('change/refused-change.yaml');
  await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
  // Alt+F8 walks the problems of this file (F8 would go on to other files) until the refusal shows.
  // The refusal sits at the same position as another problem, and the walk from the cursor stops
  // at the first of them: only pressing again with the peek open moves on through the list. It also
  // needs the committed file, read from git after the file's own findings, so keep walking (the
  // open peek follows the file's fresh list) for up to a minute.
  const refused = page.locator('.marker-widget', { hasText: 'sts-update-forbidden' }).first();
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    await page.keyboard.press('Alt+F8');
    if (await refused.waitFor({ timeout: 3_000 }).then(() => true, () => false)) break;
  }
  const text = await refused.innerText();
  assert.match(text, /spec: Forbidden: updates to statefulset spec/);
  assert.match(text, /sts-update-forbidden/);
  await shot('change-forbidden');
  await page.keyboard.press('Escape');
  await openFile('change/image-change.yaml');
  const lens = page.locator('.codelens-decoration a', { hasText: 'template changed (image nginx:1.24 → nginx:1.25)' }).first();
  await lens.waitFor({ timeout: 60_000 });
  await lens.click();
  await page.locator('.tab', { hasText: 'Rollout: web' }).first().waitFor({ timeout: 30_000 });
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await webview.getByText(/StatefulSet web: HEAD \(web-\w+\) → this edit \(web-\w+\)/).first().waitFor({ timeout: 60_000 });
  await webview.getByText('web-0.nginx.change.svc.cluster.local').first().waitFor({ timeout: 60_000 });
  await shot('change-simulation');
});
