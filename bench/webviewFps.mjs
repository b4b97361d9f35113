// Frame rate of the "Simulate rollout" webview with 300 pods: the built bundle in headless
// Chromium (as test/webview does), a Parallel plan so that many pods change per frame, played at
// the top speed with animations on; frames per second from requestAnimationFrame timestamps. Two
// cases side by side: the pods in one list (no nodes), and the same pods in lanes on 30 nodes in
// 3 zones (issue #11; the plan's nodes are attached as the simulator will, see test/webview/support.mjs).
//   node esbuild.mjs && npm run compile-tests && node bench/webviewFps.mjs
import { clusterInit, clusterPlan, initMessage, launchChromium, startServer } from '../test/webview/support.mjs';

const PODS = 300;
const NODES = 30;
const ZONES = 3;
const SECONDS = 4;
/** Each case is played this many times and the median run reported: the machine may be busy. */
const RUNS = 3;
const TARGET = 50;
const SCENARIO = { replicas: PODS, policy: 'Parallel', steps: [{ setImage: { image: 'nginx:1.27' }, at: 30 }, { deletePod: 'web-7', at: 60 }] };

/** Plays `init` at 8× from the moment every pod exists; fps from requestAnimationFrame. */
async function measure(browser, server, init) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(server.url('?theme=vscode-dark'));
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.evaluate((m) => window.postMessage(m, '*'), init);
  await page.waitForSelector('.slot');
  await page.evaluate(() => {
    const speed = document.querySelector('.speed vscode-single-select');
    speed.value = '8';
    speed.dispatchEvent(new Event('change'));
  });
  // From the moment every pod exists: all 300 cards are on screen and each frame changes one.
  const busy = init.plan.frames.findIndex((f) => f.event.type === 'PodRunning') - 1;
  await page.evaluate((index) => {
    const scrubber = document.querySelector('.scrubber');
    scrubber.value = String(index);
    scrubber.dispatchEvent(new Event('input'));
  }, busy);
  await page.click('vscode-button.play');
  await page.waitForFunction(() => document.querySelector('.play').textContent.includes('Pause'));
  const result = await page.evaluate(
    (seconds) =>
      new Promise((resolve) => {
        const stamps = [];
        const startIndex = Number(document.querySelector('.scrubber').value);
        const tick = (t) => {
          stamps.push(t);
          if (t - stamps[0] < seconds * 1000) requestAnimationFrame(tick);
          else {
            const gaps = stamps.slice(1).map((s, i) => s - stamps[i]).sort((a, b) => a - b);
            resolve({
              fps: (stamps.length - 1) / ((stamps[stamps.length - 1] - stamps[0]) / 1000),
              median: 1000 / gaps[gaps.length >> 1],
              worst: gaps[gaps.length - 1],
              frames: Number(document.querySelector('.scrubber').value) - startIndex,
              pods: document.querySelectorAll('.slot').length,
              lanes: document.querySelectorAll('.lane').length,
            });
          }
        };
        requestAnimationFrame(tick);
      }),
    SECONDS,
  );
  await page.close();
  return result;
}

const nodes = Array.from({ length: NODES }, (_, i) => ({ name: `node-${String(i).padStart(2, '0')}`, zone: `zone-${(i % ZONES) + 1}` }));
const cases = [
  ['one list', initMessage(SCENARIO)],
  [`${NODES} nodes, ${ZONES} zones`, clusterInit(clusterPlan({ ...SCENARIO, nodes, place: (pod) => nodes[pod.ordinal % NODES].name }), { policy: 'Parallel' })],
];
const server = await startServer();
const browser = await launchChromium();
try {
  let ok = true;
  for (const [name, init] of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server, init));
    const r = runs.sort((a, b) => a.fps - b.fps)[RUNS >> 1];
    ok &&= r.fps >= TARGET;
    console.log(`webview, ${name}: ${Math.round(r.fps)} fps, median of ${RUNS} runs (${runs.map((x) => Math.round(x.fps)).join(', ')}; median frame ${Math.round(r.median)} fps) with ${PODS} pods (target >= ${TARGET})`);
    console.log(`  ${r.frames} plan frames of ${init.plan.frames.length} shown in ${SECONDS}s at 8×, ${r.pods} pod slots in ${r.lanes} lanes, worst frame ${r.worst.toFixed(1)} ms`);
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
