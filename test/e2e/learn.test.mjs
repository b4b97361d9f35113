// The "Learn StatefulSets" walkthrough in the real VS Code (code-server's bundled VS Code 1.100,
// the packaged extension, Debian's Chromium through playwright-core): it opens from the Welcome
// page and from its command, every step's button opens the manifest and the rollout panel with the
// step's script, and playing each experiment to its proving event ticks its step (the storage step
// by writing into the volumes and reading the data back); its media follow the dark and the high
// contrast themes.
// Screenshots go to test-output/ui/ (ignored by git).
//   npm run package && node scripts/node-test.mjs test/e2e/learn.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openWorkbench, ROOT } from '../harness/server.mjs';
import { runCommand } from './palette.mjs';

const OUT = path.join(ROOT, 'test-output', 'ui');
const VSIX = path.join(ROOT, 'statefulset-studio.vsix');
const WORKSPACE = path.join(OUT, 'learn-workspace');
const STEP_TITLE = 'Watch web-0 come up before web-1';
/** Every step after the first, by id and title (package.nls.json). */
const STEPS = [
  ['dns', "Look up each pod's hostname and DNS name"],
  ['identity', 'Delete the pods: same names, new IPs'],
  ['storage', 'Write data, delete the pods, find the data still there'],
  ['scaling', 'Scale down and up'],
  ['delete-set', 'Delete the StatefulSet and find the claims still bound'],
  ['no-storage-class', 'A claim template without a StorageClass'],
  ['no-readiness-probe', 'Remove the readiness probe and see the ordering guarantee go'],
];
let server;
let browser;
let page;

const capture = async (name) => {
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
};

const command = (label) => runCommand(page, label);

/** The walkthrough's page, with its title and the first step's title. */
async function walkthroughShown() {
  const detail = page.locator('.gettingStartedSlideDetails');
  await detail.getByText('Learn StatefulSets', { exact: true }).first().waitFor({ timeout: 30_000 });
  await detail.locator('.getting-started-step', { hasText: STEP_TITLE }).first().waitFor({ timeout: 15_000 });
  return detail;
}

/** Marks the webviews there are now, so that rolloutView() finds the panel a step's button opens next. */
async function markOldWebviews() {
  await page.$$eval('iframe.webview', (frames) => frames.forEach((frame) => frame.setAttribute('data-learn-old', '')));
}

/** The rollout panel's page: of the webviews (the walkthrough's media is one too), the one with a scrubber. */
async function rolloutView() {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const frames = page.locator('iframe.webview.ready:not([data-learn-old])');
    for (let i = 0; i < (await frames.count()); i++) {
      const view = frames.nth(i).contentFrame().frameLocator('#active-frame');
      if ((await view.locator('.scrubber').count()) > 0) return view;
    }
    if (Date.now() > deadline) throw new Error('no webview shows the rollout panel');
    await page.waitForTimeout(250);
  }
}

before(async () => {
  assert.ok(fs.existsSync(VSIX), 'statefulset-studio.vsix is missing: run `npm run package` first');
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
  fs.mkdirSync(WORKSPACE, { recursive: true });
  ({ server, browser, page } = await openWorkbench({ runsDir: path.join(OUT, '..'), vsix: VSIX, folder: WORKSPACE, settings: { 'workbench.colorTheme': 'Default Light Modern' } }));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the walkthrough opens from the Welcome page and from its command; a step\'s button runs the experiment and playing it ticks the step', async () => {
  try {
    // From the Welcome page's list of walkthroughs. On a first start VS Code may show one of its own
    // walkthroughs instead: its "< Welcome" link leads back to the list.
    await command('Help: Welcome');
    const back = page.locator('.gettingStartedSlideDetails .prev-button');
    const entry = page.locator('.getting-started-category', { hasText: 'Learn StatefulSets' }).first();
    await Promise.race([back.waitFor({ timeout: 30_000 }), entry.waitFor({ timeout: 30_000 })]);
    if (await back.isVisible()) await back.click();
    await entry.waitFor({ timeout: 30_000 });
    await capture('walkthrough-welcome-light');
    await entry.click();
    await walkthroughShown();
    await command('View: Close All Editors');

    // From the command palette.
    await command('StatefulSet: Learn StatefulSets');
    const detail = await walkthroughShown();
    const step = detail.locator('.getting-started-step', { hasText: STEP_TITLE }).first();
    if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
    assert.equal(await step.getAttribute('aria-checked'), 'false', 'the step starts unticked');
    await capture('walkthrough-light');

    // The step's button: the manifest in an untitled editor, the rollout panel with the step's script.
    await detail.getByRole('button', { name: 'Run the experiment' }).first().click();
    await page.locator('.tab', { hasText: 'Untitled' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-line', { hasText: 'kind: StatefulSet' }).first().waitFor({ timeout: 15_000 });
    await page.locator('.tab', { hasText: 'Rollout: web' }).first().waitFor({ timeout: 30_000 });
    const view = await rolloutView();
    await view.getByText('web-1 waits for web-0 to be Running and Ready').first().waitFor({ timeout: 60_000 });

    // Scrubbing to the end shows PodReady web-0 and then PodCreated web-1, the step's proof; back to that event for its why.
    await view.locator('.scrubber').press('End');
    await view.locator('.scrubber').press('Home');
    const web1Created = view.locator('.events__list li', { hasText: 'create Pod web-1' }).first();
    for (let i = 0; i < 40 && !(await web1Created.isVisible()); i++) await view.locator('.scrubber').press('ArrowRight');
    await web1Created.click(); // seeks there: the row becomes the current one
    await web1Created.locator('.event__why-toggle').click();
    const why = await web1Created.locator('.event__why').innerText();
    assert.match(why, /OrderedReady: the controller creates web-1 only after web-0 is Running and Ready\./);
    await capture('walkthrough-panel-why-light');

    // Back on the walkthrough, the step is ticked.
    await page.locator('.tab', { hasText: 'Walkthrough' }).first().click(); // "Walkthrough: StatefulSet Studio"
    const ticked = page.locator('.getting-started-step[aria-checked="true"]', { hasText: STEP_TITLE }).first();
    await ticked.waitFor({ timeout: 30_000 });
    await capture('walkthrough-step-done-light');
  } catch (error) {
    await capture('FAILED-learn-walkthrough').catch(() => {});
    throw error;
  }
});

/** The walkthrough's tab in front, and the step `title` expanded and still unticked. */
async function openStep(title) {
  await page.locator('.tab', { hasText: 'Walkthrough' }).first().click();
  const step = (await walkthroughShown()).locator('.getting-started-step', { hasText: title }).first();
  if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
  assert.equal(await step.getAttribute('aria-checked'), 'false', `${title}: unticked before its experiment`);
  return step;
}

/** The storage step: the panel stops once every pod is up, the learner writes, and web-0 reads it back. */
async function writeAndReadBack(view) {
  const hint = view.locator('.lesson__hint');
  await hint.filter({ hasText: 'write each hostname into its volume, then press Play' }).waitFor({ timeout: 90_000 });
  const stoppedAt = await view.locator('.scrubber').inputValue();
  await page.waitForTimeout(2000);
  assert.equal(await view.locator('.scrubber').inputValue(), stoppedAt, 'playback waits for the write');
  await capture('walkthrough-storage-write-light');
  await view.locator('.lesson__write').click();
  await hint.filter({ hasText: 'Written at' }).waitFor({ timeout: 30_000 });
  await view.locator('.scrubber').press('End');
  const survived = view.locator('.slot__data--survived', { hasText: 'reads “web-0” from www-web-0, written by the web-0 before it' });
  await survived.waitFor({ timeout: 30_000 });
  await capture('walkthrough-storage-read-back-light');
}

test('every other step\'s button runs its experiment in a fresh panel, and playing it to its proof ticks the step', async () => {
  try {
    for (const [id, title] of STEPS) {
      const step = await openStep(title);
      await markOldWebviews();
      await step.getByRole('button', { name: 'Run the experiment' }).click();
      const view = await rolloutView();
      await view.locator('.events__list li').first().waitFor({ timeout: 60_000 }); // the plan has arrived
      if (id === 'storage') await writeAndReadBack(view);
      else await view.locator('.scrubber').press('End'); // scrubbing shows every frame, the proof among them
      await page.locator('.tab', { hasText: 'Walkthrough' }).first().click();
      await page.locator('.getting-started-step[aria-checked="true"]', { hasText: title }).first().waitFor({ timeout: 30_000 });
    }
    assert.equal(await page.locator('.getting-started-step[aria-checked="true"]').count(), STEPS.length + 1, 'all eight steps ticked');
    await capture('walkthrough-all-done-light');
  } catch (error) {
    await capture('FAILED-learn-every-step').catch(() => {});
    throw error;
  }
});

/** Closes every editor; the experiments' untitled manifests are dropped unsaved. */
async function closeAllEditors() {
  await command('View: Close All Editors');
  const dontSave = page.locator('.monaco-dialog-box').getByRole('button', { name: "Don't Save" });
  await dontSave.click({ timeout: 5_000 }).catch(() => {}); // no dialog: nothing was unsaved
  await page.locator('.tab').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/** Picks a colour theme by its label in "Preferences: Color Theme" and waits for the workbench to wear it. */
async function setTheme(label, workbenchClass) {
  await command('Preferences: Color Theme');
  await page.locator('.quick-input-widget input.input').fill(label);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(label, { exact: true }) }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 30_000 });
}

/** Every step's title, in order. */
const ALL_STEPS = [['ordering', STEP_TITLE], ...STEPS];
/** WCAG's least contrast for large text and graphics: the media's texts are drawn at 12–13px in a scaled SVG. */
const MIN_CONTRAST = 3;

const channels = (css) => (/rgba?\(([^)]+)\)/.exec(css)?.[1] ?? '0,0,0,0').split(',').map((x) => Number(x.trim()));
const hexToRgb = (css) => (css.startsWith('#') ? `rgb(${[1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)).join(', ')})` : css);
function luminance([r, g, b]) {
  const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
/** The contrast ratio of a colour (its alpha blended over the background) against the background. */
function contrast(colour, background) {
  const [r, g, b, a = 1] = channels(colour);
  const bg = channels(background);
  const blended = [r, g, b].map((c, i) => c * a + bg[i] * (1 - a));
  const [hi, lo] = [luminance(blended), luminance(bg)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The expanded step's media, once it is not the one before: its title, its texts' fills, the theme's foreground and background. */
async function mediaOf(previousTitle) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const frames = page.locator('.getting-started-media iframe.webview.ready');
    for (let i = 0; i < (await frames.count()); i++) {
      const svg = frames.nth(i).contentFrame().frameLocator('#active-frame').locator('svg');
      if ((await svg.count()) === 0 || !(await frames.nth(i).isVisible())) continue;
      const media = await svg.first().evaluate((node) => {
        const css = getComputedStyle(node.ownerDocument.documentElement);
        const body = getComputedStyle(node.ownerDocument.body).backgroundColor;
        const variable = (name) => css.getPropertyValue(name).trim();
        return {
          title: node.querySelector('title')?.textContent ?? '',
          texts: [...node.querySelectorAll('text')].map((t) => ({ text: t.textContent, fill: getComputedStyle(t).fill })),
          foreground: variable('--vscode-foreground'),
          background: body !== 'rgba(0, 0, 0, 0)' ? body : variable('--vscode-welcomePage-background') || variable('--vscode-editor-background'),
        };
      });
      if (media.title !== previousTitle) return media;
    }
    if (Date.now() > deadline) throw new Error(`no new step media after "${previousTitle}"`);
    await page.waitForTimeout(250);
  }
}

for (const [theme, workbenchClass, name] of [['Light Modern', 'vs', 'light'], ['Dark Modern', 'vs-dark', 'dark'], ['Dark High Contrast', 'hc-black', 'high-contrast']]) {
  test(`every step's media follow the ${name} theme: text in its foreground colour, every text at least ${MIN_CONTRAST}:1 (screenshot)`, async () => {
    try {
      await setTheme(theme, workbenchClass);
      await closeAllEditors();
      await command('StatefulSet: Learn StatefulSets');
      const detail = await walkthroughShown();
      let title = '';
      let lowest = Infinity;
      for (const [id, stepTitle] of ALL_STEPS) {
        const step = detail.locator('.getting-started-step', { hasText: stepTitle }).first();
        if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
        const media = await mediaOf(title);
        title = media.title;
        const background = hexToRgb(media.background);
        const rgbOf = (css) => channels(hexToRgb(css)).slice(0, 3).join();
        assert.ok(media.texts.some((t) => rgbOf(t.fill) === rgbOf(media.foreground)), `${id}: texts in the theme's foreground ${media.foreground}`);
        for (const { text, fill } of media.texts) {
          const ratio = contrast(fill, background);
          lowest = Math.min(lowest, ratio);
          assert.ok(ratio >= MIN_CONTRAST, `${id} (${name}): "${text}" in ${fill} on ${background} has contrast ${ratio.toFixed(2)}`);
        }
        if (id === 'storage') await capture(`walkthrough-${name}`);
      }
      console.log(`# ${name}: lowest text contrast in the media ${lowest.toFixed(2)}:1`);
    } catch (error) {
      await capture(`FAILED-learn-${name}`).catch(() => {});
      throw error;
    }
  });
}
