// The built webview (dist/webview/main.js + main.css) in headless Chromium under the panel's CSP,
// with a stubbed acquireVsCodeApi: the handshake, the docs example frame by frame, a pod delete,
// a hostile name, the actions' messages, persisted state, and screenshots in light and dark.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { clusterInit, clusterPlan, initMessage, isFromWebview, launchChromium, ROOT, seek, startServer } from './support.mjs';

const SHOTS = join(ROOT, 'test-output', 'webview');
let server;
let browser;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the panel page, waits for `ready`, posts `init` and stops the autoplay. */
async function open(init, { theme = 'vscode-dark', width = 1280, height = 900, reducedMotion = 'reduce', state } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ reducedMotion });
  await page.goto(server.url(`?theme=${theme}${state ? `&state=${encodeURIComponent(JSON.stringify(state))}` : ''}`));
  await page.waitForFunction(() => window.__posted.length > 0);
  if (init) {
    await page.evaluate((m) => window.postMessage(m, '*'), init);
    await page.waitForSelector('.slot, .service__none');
  }
  return { page, errors };
}

const cards = (page) =>
  page.$$eval('.slot', (slots) =>
    slots.map((s) => ({
      name: s.querySelector('.pod__name').textContent,
      status: s.querySelector('.pod__status').textContent,
      dns: s.querySelector('.dns').textContent,
      ip: s.querySelector('.ip').textContent,
      newIp: !s.querySelector('.ip__badge').hidden,
      oldIp: s.querySelector('.ip__old').textContent,
      claims: [...s.querySelectorAll('.claim')].map((c) => c.textContent),
    })),
  );

const posted = (page) => page.evaluate(() => window.__posted);

describe('webview panel in Chromium', () => {
  it('says ready first, before it gets data, and breaks no CSP rule', async () => {
    const { page, errors } = await open(undefined);
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
    assert.equal(await page.$eval('#app', (app) => app.hasAttribute('aria-busy') || app.children.length === 0), false, 'the panel is built into #app');
    await page.evaluate((m) => window.postMessage(m, '*'), initMessage({ replicas: 3, policy: 'Parallel' }));
    await page.waitForSelector('.slot');
    await page.waitForTimeout(300);
    // Showing the plan's policy and storage class in the controls posts nothing.
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
    assert.equal(await page.$eval('vscode-single-select[aria-label^="podManagementPolicy"]', (s) => s.value), 'Parallel');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('steps through the docs example: web-0 Ready before web-1 exists, DNS names and claims', async () => {
    const init = initMessage({ replicas: 3 });
    const { page, errors } = await open(init);
    await seek(page, -1);
    await page.focus('.scrubber');
    let web0Ready = -1;
    let web1Created = -1;
    for (let i = 0; i < init.plan.frames.length; i++) {
      await page.keyboard.press('ArrowRight');
      const position = await page.$eval('.scrubber', (s) => Number(s.value));
      assert.equal(position, i, 'ArrowRight on the scrubber steps one event');
      const now = await cards(page);
      if (web0Ready < 0 && now.find((c) => c.name === 'web-0')?.status === 'Ready') web0Ready = i;
      if (web1Created < 0 && now.some((c) => c.name === 'web-1')) web1Created = i;
    }
    assert.ok(web0Ready >= 0 && web1Created > web0Ready, `web-0 Ready at frame ${web0Ready}, web-1 created at ${web1Created}`);
    const end = await cards(page);
    assert.deepEqual(end.map((c) => c.dns), ['web-0.nginx.default.svc.cluster.local', 'web-1.nginx.default.svc.cluster.local', 'web-2.nginx.default.svc.cluster.local']);
    assert.deepEqual(end.map((c) => c.claims[0].match(/www-web-\d/)[0]), ['www-web-0', 'www-web-1', 'www-web-2']);
    assert.deepEqual(end.map((c) => c.status), ['Ready', 'Ready', 'Ready']);
    await page.fill('.nslookup__input', 'web-2.nginx');
    assert.equal(await page.textContent('.nslookup__answer'), 'Name:\tweb-2.nginx.default.svc.cluster.local\nAddress: 10.244.0.4');
    // The docs example has no readinessProbe, so the kubelet reports Ready as soon as it runs (2 s).
    assert.match(await page.textContent('.transcript__text'), /web-2 +1\/1 +Running +0 +2s\n$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('plays to the end, announcing events in the live region, and keeps position and speed in setState', async () => {
    const init = initMessage({ replicas: 2 });
    const { page } = await open(undefined, { reducedMotion: 'no-preference' });
    await page.evaluate((m) => window.postMessage(m, '*'), init);
    await page.waitForSelector('.slot');
    // The first init plays by itself; go fast.
    await page.evaluate(() => {
      const s = document.querySelector('.speed vscode-single-select');
      s.value = '8';
      s.dispatchEvent(new Event('change'));
    });
    const last = init.plan.frames.length - 1;
    await page.waitForFunction((n) => Number(document.querySelector('.scrubber').value) === n, last, { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('.play').textContent.includes('Play'));
    assert.equal(await page.textContent('[aria-live="polite"][role="status"]'), `${init.plan.frames[last].event.time}s: ${init.plan.frames[last].event.message}`);
    const state = await page.evaluate(() => window.__state);
    assert.deepEqual(state, { time: init.plan.frames[last].event.time, index: last, speed: 8 });
    await page.close();

    // A reloaded webview (no keepTime) comes back at the same frame and speed, paused.
    const again = await open(init, { state: { ...state, index: 3, time: init.plan.frames[3].event.time } });
    await again.page.waitForTimeout(200);
    const index = await again.page.$eval('.scrubber', (s) => Number(s.value));
    assert.equal(index, 3, 'the exact saved frame, not the last frame at its time');
    assert.equal(await again.page.$eval('.speed vscode-single-select', (s) => s.value), '8');
    await again.page.close();
  });

  it('stays at the simulated time the user is looking at when the manifest is edited (re-plan)', async () => {
    const first = initMessage({ replicas: 3 });
    const { page } = await open(first);
    const at = first.plan.frames.findIndex((f) => f.event.time >= 4);
    await seek(page, at);
    const time = first.plan.frames[at].event.time;
    const edited = initMessage({ replicas: 4 }, { keepTime: 0 });
    await page.evaluate((m) => window.postMessage(m, '*'), edited);
    await page.waitForTimeout(100);
    const expected = edited.plan.frames.findLastIndex((f) => f.event.time <= time);
    assert.equal(await page.$eval('.scrubber', (s) => Number(s.value)), expected);
    await page.close();
  });

  it('after web-1 is deleted, shows it again under the same name with a new IP', async () => {
    const init = initMessage({ replicas: 3, steps: [{ deletePod: 'web-1', at: 20 }] });
    const { page } = await open(init);
    const gone = init.plan.frames.findIndex((f) => f.event.type === 'PodDeleted');
    await seek(page, gone);
    const during = (await cards(page)).find((c) => c.name === 'web-1');
    assert.equal(during.status, 'no pod');
    assert.match(during.claims[0], /www-web-1/, 'the claim stays while the pod is gone');
    await seek(page, init.plan.frames.length - 1);
    const web1 = (await cards(page)).find((c) => c.name === 'web-1');
    assert.equal(web1.ip, '10.244.0.5');
    assert.equal(web1.newIp, true);
    assert.equal(web1.oldIp, '10.244.0.3');
    assert.equal(web1.dns, 'web-1.nginx.default.svc.cluster.local');
    await page.close();
  });

  it('shows a hostile StatefulSet name literally and runs none of it', async () => {
    const name = '<img src=x onerror=window.__xss=1>';
    const init = initMessage({ name, replicas: 2 }, { problems: [{ message: `${name} problem`, index: 0 }] });
    const { page, errors } = await open(init);
    await seek(page, init.plan.frames.length - 1);
    await page.waitForTimeout(200);
    assert.equal(await page.textContent('.header__title'), `StatefulSet ${name}`);
    assert.equal((await cards(page))[0].name, `${name}-0`);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('posts valid messages for the actions, at the current simulated time', async () => {
    const init = initMessage({ replicas: 3 }, { problems: [{ message: 'Service "nginx" is not headless', ruleId: 'sts-service-not-headless', index: 2 }] });
    const { page } = await open(init);
    const at = init.plan.frames.findIndex((f) => f.event.type === 'PodReady');
    await seek(page, at);
    await page.locator('vscode-textfield[aria-label="Replicas"] input').fill('5');
    await page.click('vscode-button.act-scale');
    await page.getByText('Copy transcript').click();
    await page.getByText('Show in output').click();
    await page.click('.problem__link');
    await page.locator('vscode-button', { hasText: 'Delete' }).first().click();
    const messages = (await posted(page)).slice(1);
    for (const m of messages) assert.ok(isFromWebview(m), `valid: ${JSON.stringify(m)}`);
    assert.deepEqual(messages[0], { type: 'addStep', action: { kind: 'scale', replicas: 5 }, at: init.plan.frames[at].event.time });
    assert.equal(messages[1].type, 'copyTranscript');
    assert.match(messages[1].text, /^NAME +READY +STATUS +RESTARTS +AGE\nweb-0 +0\/1 +ContainerCreating/);
    assert.equal(messages[2].type, 'showTranscript');
    assert.deepEqual(messages[3], { type: 'openProblem', index: 2 });
    assert.deepEqual(messages[4], { type: 'addStep', action: { kind: 'deletePod', pod: 'web-0' }, at: init.plan.frames[at].event.time });
    // The re-plan the action caused plays on from just before the new step.
    const replan = initMessage({ replicas: 3, steps: [{ scale: 5, at: init.plan.frames[at].event.time }] });
    await page.evaluate((m) => window.postMessage(m, '*'), replan);
    await page.waitForFunction(() => document.querySelector('.play').textContent.includes('Pause'));
    await page.close();
  });

  it('is keyboard operable: Tab reaches the controls, Space on a button acts', async () => {
    const { page } = await open(initMessage({ replicas: 2 }));
    await seek(page, 0);
    const before = await page.$eval('.scrubber', (s) => Number(s.value));
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.includes('Step'));
    }
    assert.ok(reached, 'Tab reaches Step');
    await page.keyboard.press('Space');
    await page.waitForFunction((b) => Number(document.querySelector('.scrubber').value) === b + 1, before);
    await page.close();
  });

  for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
    it(`screenshots in ${theme}`, async () => {
      const init = initMessage({ replicas: 3, steps: [{ deletePod: 'web-1', at: 20 }] });
      // A narrow panel for high contrast (the cards wrap); tall enough that nothing is scrolled away.
      const narrow = theme === 'vscode-high-contrast';
      const { page } = await open(init, { theme, width: narrow ? 560 : 1280, height: narrow ? 2300 : 1100 });
      await seek(page, init.plan.frames.findIndex((f) => f.event.type === 'PodRunning' && f.event.ip === '10.244.0.5'));
      await page.fill('.nslookup__input', 'web-1.nginx');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `panel-${theme.replace('vscode-', '')}.png`), fullPage: true });
      await seek(page, init.plan.frames.findIndex((f) => f.event.type === 'Blocked'));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `panel-${theme.replace('vscode-', '')}-blocked.png`) });
      await page.close();
    });
  }
});

/** A computed CSS colour (`rgb(…)`, `rgba(…)` or `color(srgb … / a)`) as [r, g, b, alpha], channels 0–1. */
function parseColour(css) {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/.exec(css);
  if (srgb) return [...srgb.slice(1, 4).map(Number), srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(css);
  assert.ok(rgb, `a colour: ${css}`);
  return [...rgb.slice(1, 4).map((c) => Number(c) / 255), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

/** WCAG contrast of a text colour over its backgrounds (innermost first, down to an opaque one). */
function contrast(foreground, backgrounds) {
  let under = [1, 1, 1];
  for (const css of [...backgrounds].reverse()) {
    const [r, g, b, a] = parseColour(css);
    under = [r, g, b].map((c, i) => c * a + under[i] * (1 - a));
  }
  const luminance = ([r, g, b]) => {
    const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [hi, lo] = [luminance(parseColour(foreground)), luminance(under)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Every visible text drawn in a state colour: its colour and the backgrounds under it. */
const STATE_TEXT = ['.pod__status', '.event__type', '.dns__note', '.rev--old', '.restarts--some', '.claim__phase', '.node-state', '.node-flag', '.budget', '.counter--ready dd'].join(', ');

async function stateTexts(page) {
  return page.evaluate((selector) => {
    const layers = (el) => {
      const out = [];
      for (let node = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') out.push(bg);
      }
      return out;
    };
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.getClientRects().length > 0 && el.textContent.trim() !== '' && Number(getComputedStyle(el).opacity) === 1 && !el.closest('.event--future'))
      .map((el) => ({ text: el.textContent.trim(), color: getComputedStyle(el).color, backgrounds: layers(el) }));
  }, STATE_TEXT);
}

describe('text in a state colour (Chromium)', () => {
  for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
    it(`reads at 4.5:1 or more against what is under it, pods and lanes, in ${theme}`, async () => {
      const init = initMessage({ replicas: 3, steps: [{ deletePod: 'web-1', at: 20 }] });
      const pods = await open(init, { theme });
      await seek(pods.page, init.plan.frames.findIndex((f) => f.event.type === 'Blocked'));
      const c = stuckPlan();
      const lanes = await open(clusterInit(c), { theme, width: 1280, height: 1400 });
      await seek(lanes.page, c.frames.length - 1);
      const texts = [...(await stateTexts(pods.page)), ...(await stateTexts(lanes.page))];
      // The scenes show a waiting pod, a blocked event, an unpublished DNS name and a NotReady node.
      for (const needed of ['Blocked', 'not published', 'NotReady']) assert.ok(texts.some((x) => x.text.includes(needed)), `${needed} is shown`);
      for (const { text, color, backgrounds } of texts) {
        const ratio = contrast(color, backgrounds);
        assert.ok(ratio >= 4.5, `"${text}" in ${color} over ${backgrounds.join(' / ')}: ${ratio.toFixed(2)}:1`);
      }
      await pods.page.close();
      await lanes.page.close();
    });
  }
});

// ---- The walkthrough: progress reports (`reportShown`) and the why of an event ----

const shown = async (page) => (await page.evaluate(() => window.__posted)).filter((m) => m.type === 'shown').map((m) => m.index);

describe('walkthrough progress and the why of events (Chromium)', () => {
  it('reports only frames further than any shown before, and starts over with a new plan', async () => {
    const init = initMessage({ replicas: 3 }, { reportShown: true });
    const { page, errors } = await open(init, { reducedMotion: 'reduce' });
    await seek(page, -1);
    const already = (await shown(page)).length;
    await seek(page, 8);
    await seek(page, 3);
    await seek(page, 12);
    const reported = (await shown(page)).slice(already);
    assert.deepEqual(reported.filter((i) => i >= 3), [8, 12], `reported ${reported}`);
    for (const m of await page.evaluate(() => window.__posted)) assert.ok(isFromWebview(m), JSON.stringify(m));
    // A re-plan (the manifest edited) stays at the same simulated time and reports that frame anew.
    const count = (await shown(page)).length;
    await page.evaluate((m) => window.postMessage(m, '*'), init);
    await seek(page, 2);
    const sameTime = init.plan.frames.findLastIndex((f) => f.event.time === init.plan.frames[12].event.time);
    assert.deepEqual((await shown(page)).slice(count), [sameTime]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('posts no progress for a panel on the user\'s own manifest', async () => {
    const { page } = await open(initMessage({ replicas: 2 }));
    await seek(page, 6);
    assert.deepEqual(await shown(page), []);
    await page.close();
  });

  for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
    it(`opens the why of PodCreated web-1 under its row (${theme}, screenshot)`, async () => {
      const init = initMessage({ replicas: 3 });
      const { page, errors } = await open(init, { theme });
      const index = init.plan.frames.findIndex((f) => f.event.type === 'PodCreated' && f.event.object === 'web-1');
      await seek(page, index);
      const row = page.locator('.event--current');
      await row.locator('.event__why-toggle').click();
      assert.equal((await row.locator('.event__why-text').innerText()).trim(), 'OrderedReady: the controller creates web-1 only after web-0 is Running and Ready.');
      assert.equal(await page.locator('.scrubber').inputValue(), String(index), 'the toggle did not seek');
      await row.screenshot({ path: join(SHOTS, `event-why-${theme}.png`) });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

// ---- The cluster (issue #11): node lanes' what-ifs and Force delete, in Chromium ----

/** web-1's node fails and web-1 stays Terminating there (hand-built until the simulator does it). */
function stuckPlan() {
  const c = clusterPlan({ replicas: 3 });
  const end = c.frames[c.frames.length - 1];
  const web1 = end.status && [...c.frames].reverse().find((f) => f.pod?.name === 'web-1').pod;
  c.flags.get('node-b').ready = false;
  c.push({ event: { time: end.event.time + 5, type: 'NodeNotReady', object: 'node-b' }, status: end.status });
  c.push({ event: { time: end.event.time + 305, type: 'PodTerminating', object: 'web-1', reason: 'TaintManagerEviction' }, pod: { ...web1, ready: false, terminating: true }, status: end.status });
  return c;
}

const pick = (page, pod) =>
  page.evaluate((name) => {
    const s = document.querySelector('.pod-picker');
    s.value = name;
    s.dispatchEvent(new Event('change'));
  }, pod);

describe('node lanes and Force delete (Chromium)', () => {
  it('posts a lane\'s what-if as a step at the current time, and nothing for a disabled one', async () => {
    const c = clusterPlan({ replicas: 3 });
    const init = clusterInit(c);
    const { page, errors } = await open(init);
    const at = init.plan.frames.length - 1;
    await seek(page, at);
    const lane = page.locator('.lane', { has: page.locator('.lane__name', { hasText: 'node-c' }) });
    assert.equal(await lane.locator('vscode-button[data-kind="restoreNode"]').getAttribute('title'), 'node-c is Ready: there is nothing to restore');
    await lane.locator('vscode-button[data-kind="restoreNode"]').click({ force: true });
    await lane.locator('vscode-button[data-kind="failNode"]').click();
    const messages = (await posted(page)).slice(1);
    for (const m of messages) assert.ok(isFromWebview(m), JSON.stringify(m));
    assert.deepEqual(messages, [{ type: 'addStep', action: { kind: 'failNode', node: 'node-c' }, at: init.plan.frames[at].event.time }]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('force-deletes only a terminating pod, after a confirmation that says what it risks', async () => {
    const c = stuckPlan();
    const { page, errors } = await open(clusterInit(c));
    await seek(page, c.frames.length - 1);
    await page.waitForFunction(() => [...document.querySelectorAll('.pod-picker vscode-option')].some((o) => o.value === 'web-1'));
    const force = page.locator('vscode-button.act-force-delete');
    await pick(page, 'web-0');
    assert.equal(await force.evaluate((b) => b.disabled), true);
    assert.equal(await force.getAttribute('title'), 'web-0 is not terminating: a force delete is only for a pod stuck Terminating');
    await pick(page, 'web-1');
    assert.equal(await force.evaluate((b) => b.disabled), false);
    const del = page.locator('vscode-button', { hasText: 'Delete' }).first();
    assert.equal(await del.getAttribute('title'), 'web-1 is already terminating');
    await force.click();
    const confirm = page.locator('.confirm');
    assert.equal(await confirm.isVisible(), true);
    assert.equal(await confirm.locator('.confirm__text').textContent(), '⚠ The old process may still be running on the unreachable node; two pods with the same identity may write to the same volume.');
    await confirm.locator('.confirm__no').click();
    assert.equal(await confirm.isVisible(), false);
    assert.deepEqual((await posted(page)).slice(1), [], 'Cancel sends nothing');
    await force.click();
    assert.equal(await confirm.locator('.confirm__yes').textContent(), 'Force delete web-1');
    await confirm.locator('.confirm__yes').click();
    const messages = (await posted(page)).slice(1);
    assert.deepEqual(messages, [{ type: 'addStep', action: { kind: 'forceDeletePod', pod: 'web-1' }, at: c.frames[c.frames.length - 1].event.time }]);
    assert.ok(isFromWebview(messages[0]));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('offers no Force delete and no lane without nodes', async () => {
    const { page } = await open(initMessage({ replicas: 2 }));
    await seek(page, 5);
    assert.equal(await page.locator('vscode-button.act-force-delete').isVisible(), false);
    assert.equal(await page.locator('.lane').count(), 0);
    await page.close();
  });

  it('shows a bad script\'s message in view over the last plan, dimmed and inert, until a plan comes again', async () => {
    const c = stuckPlan();
    const { page, errors } = await open(clusterInit(c), { width: 900, height: 600 });
    await seek(page, c.frames.length - 1);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // down at the lanes
    const message = 'environment.nodes[1].name: node "node-a" is listed twice: node names are unique in a cluster';
    await page.evaluate((m) => window.postMessage({ type: 'error', message: m }, '*'), message);
    const error = page.locator('.error');
    await error.waitFor({ state: 'visible' });
    assert.equal(await error.textContent(), message);
    const box = await error.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 600, `the message should be in view, at ${JSON.stringify(box)}`);
    const stale = await page.$eval('main.layout', (main) => ({ inert: main.inert, opacity: Number(getComputedStyle(main).opacity), toolbar: document.querySelector('.toolbar').inert }));
    assert.deepEqual(stale, { inert: true, opacity: 0.45, toolbar: true });
    await page.screenshot({ path: join(SHOTS, 'bad-script-dark.png') });
    await page.evaluate((m) => window.postMessage(m, '*'), clusterInit(c));
    await error.waitFor({ state: 'hidden' });
    assert.deepEqual(await page.$eval('main.layout', (main) => [main.inert, getComputedStyle(main).opacity, main.closest('.app').classList.contains('app--error')]), [false, '1', false]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows a bad script\'s message when it is the panel\'s first answer, under the panel\'s heading', async () => {
    const { page, errors } = await open(undefined, { theme: 'vscode-light' });
    const message = 'steps[1].failNode: no node named "node-z9" in environment.nodes (nodes: node-a1)';
    await page.evaluate((m) => window.postMessage({ type: 'error', message: m }, '*'), message);
    await page.locator('.error').waitFor({ state: 'visible' });
    assert.equal(await page.locator('.error').textContent(), message);
    assert.equal(await page.locator('.header__title').isVisible(), true);
    assert.equal(await page.locator('.error').getAttribute('role'), 'alert');
    await page.screenshot({ path: join(SHOTS, 'bad-script-first-light.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
    it(`screenshots the lanes with a failed node in ${theme}`, async () => {
      const c = stuckPlan();
      const { page, errors } = await open(clusterInit(c), { theme, width: 1280, height: 1400 });
      await seek(page, c.frames.length - 1);
      await page.waitForTimeout(300);
      const colours = await page.$eval('.lane--not-ready .node-state', (b) => [getComputedStyle(b).borderTopColor, getComputedStyle(b.closest('.lane')).borderLeftColor]);
      assert.equal(colours[0], colours[1], 'the NotReady badge\'s edge and the lane\'s share the theme\'s red');
      await page.screenshot({ path: join(SHOTS, `lanes-${theme.replace('vscode-', '')}.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
