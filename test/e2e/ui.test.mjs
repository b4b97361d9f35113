// UI tests: the packaged extension in a real VS Code (code-server's bundled VS Code 1.100) driven
// through Debian's Chromium by playwright-core. What a user sees: squiggles, the Problems panel,
// the hover on a diagnostic. Screenshots go to test-output/ (ignored by git).
//   node --test --test-concurrency=1 test/e2e/ui.test.mjs       (after `npm run package`)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test as nodeTest } from 'node:test';
import { launchBrowser, ROOT, startServer } from '../harness/server.mjs';

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
  await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relative) }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${path.basename(relative)}"]`).waitFor();
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

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // Click the row whose label is exactly the title: Enter would run the top fuzzy match.
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(title, { exact: true }) }).first();
  await row.waitFor();
  await row.click();
}

before(async () => {
  assert.ok(fs.existsSync(VSIX), 'statefulset-studio.vsix is missing: run `npm run package` first');
  copyExamples();
  const dir = fs.mkdtempSync(path.join(OUT, '..', 'run-'));
  server = await startServer({ dir, vsix: VSIX, folder: WORKSPACE, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
  browser = await launchBrowser(path.join(dir, 'chromium'));
  page = browser.page;
  await page.goto(`${server.url}?folder=${encodeURIComponent(WORKSPACE)}`);
  await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 90_000 });
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
  await runCommand('Preferences: Color Theme');
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
  await runCommand('View: Hide Panel'); // the Problems panel would cover half the rollout panel
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
    await runCommand('Preferences: Color Theme');
    await page.locator('.quick-input-widget input.input').fill('Light Modern');
    const theme = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText('Light Modern', { exact: true }) }).first();
    await theme.waitFor();
    await theme.click();
    await page.locator('.monaco-workbench.vs').waitFor({ timeout: 30_000 });
    await webview.getByText('www-web-0').first().waitFor({ timeout: 30_000 });
    await shot('rollout-light');
  }
});
