// The "Learn StatefulSets" walkthrough in the real VS Code (code-server's bundled VS Code 1.100,
// the packaged extension, Debian's Chromium through playwright-core): it opens from the Welcome
// page and from its command, a step's button opens the manifest and the rollout panel with the
// step's script, and playing the experiment to its proving event ticks the step.
// Screenshots go to test-output/ui/ (ignored by git).
//   npm run package && node scripts/node-test.mjs test/e2e/learn.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { openWorkbench, ROOT } from '../harness/server.mjs';

const OUT = path.join(ROOT, 'test-output', 'ui');
const VSIX = path.join(ROOT, 'statefulset-studio.vsix');
const WORKSPACE = path.join(OUT, 'learn-workspace');
const STEP_TITLE = 'Watch web-0 come up before web-1';
let server;
let browser;
let page;

const capture = async (name) => {
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
};

/** Runs a palette command by its exact label (Enter would run the top fuzzy match). */
async function command(label) {
  await page.keyboard.press('F1');
  const box = page.locator('.quick-input-widget input.input');
  await box.waitFor({ state: 'visible' });
  await box.fill(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(label, { exact: true }) }).first().click();
}

/** The walkthrough's page, with its title and the first step's title. */
async function walkthroughShown() {
  const detail = page.locator('.gettingStartedSlideDetails');
  await detail.getByText('Learn StatefulSets', { exact: true }).first().waitFor({ timeout: 30_000 });
  await detail.locator('.getting-started-step', { hasText: STEP_TITLE }).first().waitFor({ timeout: 15_000 });
  return detail;
}

/** The rollout panel's page: of the webviews (the walkthrough's media is one too), the one with a scrubber. */
async function rolloutView() {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const frames = page.locator('iframe.webview.ready');
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
