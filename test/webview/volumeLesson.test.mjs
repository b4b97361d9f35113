// The data-survives experiment in the built panel (Chromium, stubbed VS Code API; docs/learn.md §4):
// playback stops once every pod is up, the learner's write posts `writeVolumes` with the simulated
// time, and after the re-plan with that write the claims hold the hostnames while their pods are
// gone and the recreated web-0 reads "web-0" back. Screenshots in dark and high contrast.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { initMessage, isFromWebview, ROOT, seek, usePanelBrowser } from './support.mjs';

const SHOTS = join(ROOT, 'test-output', 'webview');
/** The storage experiment's script, after its apply. */
const STEPS = [{ wait: 5 }, { deletePod: 'web-0' }, { deletePod: 'web-1' }];
const env = usePanelBrowser(SHOTS);

function lessonInit(writes) {
  const init = initMessage({ replicas: 3, steps: STEPS }, { reportShown: true });
  const writeBefore = init.plan.frames.findIndex((f) => f.event.type === 'StepStarted' && f.event.object === 'deletePod');
  return { ...init, volumes: { writes, writeBefore } };
}

/** The panel at the start of `init` (a saved state at speed 8 stops the autoplay and makes Play quick). */
async function open(init, theme = 'vscode-dark') {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(env.server.url(`?theme=${theme}&state=${encodeURIComponent(JSON.stringify({ time: 0, index: -1, speed: 8 }))}`));
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.evaluate((m) => window.postMessage(m, '*'), init);
  await page.waitForSelector('.scrubber');
  return { page, errors };
}

const dataLines = (page) => page.$$eval('.slot', (slots) => slots.map((s) => [s.querySelector('.pod__name').textContent, s.querySelector('.slot__data')?.textContent ?? '', s.querySelector('.slot__data--survived') !== null]));

describe('the data-survives experiment in the panel (Chromium)', () => {
  it('stops before the first deletion, writes at that moment, and shows web-0 reading back "web-0" after it was recreated', async () => {
    const init = lessonInit([]);
    const stop = init.volumes.writeBefore - 1;
    const { page, errors } = await open(init);
    assert.equal(await page.locator('.lesson').isVisible(), true);
    await page.locator('.play').click();
    await page.waitForFunction((i) => document.querySelector('.scrubber').value === String(i) && document.querySelector('.play').getAttribute('aria-pressed') === 'false', stop, { timeout: 30_000 });
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.scrubber').inputValue(), String(stop), 'playback stays stopped before the deletions');
    assert.match(await page.locator('.lesson__hint').innerText(), /write each hostname into its volume, then press Play/);
    assert.deepEqual((await dataLines(page)).map((l) => l[1]), ['', '', ''], 'nothing written yet');

    await page.locator('.lesson__write').click();
    const at = init.plan.frames[stop].event.time;
    const posted = await page.evaluate(() => window.__posted);
    assert.deepEqual(posted.filter((m) => m.type === 'writeVolumes'), [{ type: 'writeVolumes', at }]);
    for (const m of posted) assert.ok(isFromWebview(m), JSON.stringify(m));

    // The extension re-plans with the write (the plan is the same, the lesson carries the write).
    const written = lessonInit([at]);
    await page.evaluate((m) => window.postMessage(m, '*'), written);
    await seek(page, stop);
    assert.deepEqual(await dataLines(page), [
      ['web-0', 'reads “web-0” from www-web-0', false],
      ['web-1', 'reads “web-1” from www-web-1', false],
      ['web-2', 'reads “web-2” from www-web-2', false],
    ]);
    const frames = written.plan.frames;
    const deleted = frames.findIndex((f) => f.event.type === 'PodDeleted' && f.event.object === 'web-0');
    await seek(page, deleted);
    assert.deepEqual((await dataLines(page))[0], ['web-0', 'www-web-0 holds “web-0”', false]);
    const back = frames.findIndex((f, i) => i > deleted && f.event.type === 'PodRunning' && f.event.object === 'web-0');
    await seek(page, back);
    assert.deepEqual((await dataLines(page))[0], ['web-0', 'reads “web-0” from www-web-0, written by the web-0 before it: the data survived', true]);
    assert.match(await page.locator('.lesson__hint').innerText(), new RegExp(`Written at ${at}s`));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows no lesson, and never stops, on a panel without one', async () => {
    const { page } = await open(initMessage({ replicas: 3, steps: STEPS }, { reportShown: true }));
    assert.equal(await page.locator('.lesson').isVisible(), false);
    await seek(page, 40);
    assert.equal(await page.locator('.slot__data').count(), 0);
    await page.close();
  });

  for (const theme of ['vscode-dark', 'vscode-high-contrast']) {
    it(`draws the read-back legibly (${theme}, screenshot)`, async () => {
      const init = lessonInit([0]);
      const { page } = await open({ ...init, volumes: { ...init.volumes, writes: [init.plan.frames[init.volumes.writeBefore - 1].event.time] } }, theme);
      await seek(page, init.plan.frames.length - 1);
      await page.locator('.slot__data--survived').first().waitFor();
      await page.locator('.stage').screenshot({ path: join(SHOTS, `volume-lesson-${theme.replace('vscode-', '')}.png`) });
      await page.close();
    });
  }
});
