// Frame rate of the "Simulate rollout" webview with 300 pods: the built bundle in headless
// Chromium (as test/webview does), a Parallel plan so that many pods change per frame, played at
// the top speed with animations on; frames per second from requestAnimationFrame timestamps.
//   node esbuild.mjs && npm run compile-tests && node bench/webviewFps.mjs
import { initMessage, launchChromium, startServer } from '../test/webview/support.mjs';

const PODS = 300;
const SECONDS = 4;
const TARGET = 50;

const server = await startServer();
const browser = await launchChromium();
try {
  const init = initMessage({ replicas: PODS, policy: 'Parallel', steps: [{ setImage: { image: 'nginx:1.27' }, at: 30 }, { deletePod: 'web-7', at: 60 }] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(server.url('?theme=vscode-dark'));
  await page.waitForFunction(() => window.__posted.length > 0);
  await page.evaluate((m) => window.postMessage(m, '*'), init);
  await page.waitForSelector('.slot');
  // Top speed.
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
            const gaps = stamps.slice(1).map((s, i) => s - stamps[i]);
            resolve({
              fps: (stamps.length - 1) / ((stamps[stamps.length - 1] - stamps[0]) / 1000),
              worst: Math.max(...gaps),
              frames: Number(document.querySelector('.scrubber').value) - startIndex,
              pods: document.querySelectorAll('.slot').length,
            });
          }
        };
        requestAnimationFrame(tick);
      }),
    SECONDS,
  );
  console.log(`webview: ${Math.round(result.fps)} fps with ${PODS} pods (target >= ${TARGET})`);
  console.log(`  ${result.frames} plan frames of ${init.plan.frames.length} shown in ${SECONDS}s at 8×, ${result.pods} pod slots, worst frame ${result.worst.toFixed(1)} ms`);
  process.exitCode = result.fps >= TARGET ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
