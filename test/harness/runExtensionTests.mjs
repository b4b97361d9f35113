// Runs the extension-host integration tests (test/integration, mocha inside VS Code, the
// @vscode/test-electron layout) in the harness's real VS Code: the bare VS Code server that
// code-server bundles, with --enable-smoke-test-driver, and Debian's Chromium as the window.
// The workbench URL's `payload` carries extensionDevelopmentPath and extensionTestsPath as
// vscode-remote URIs, so the extension and the tests load in the server's Node extension host;
// the workbench reports the tests' output through window.codeAutomationLog and the end through
// window.codeAutomationExit(code). Builds nothing: run `npm run build` and tsc first.
//   node test/harness/runExtensionTests.mjs        (npm run test:integration does both)
// Env: EXT_TEST_TIMEOUT_MS (default 300000), EXT_TEST_BROWSER_CONSOLE=1 to print the page's console.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser, ROOT, startServer } from './server.mjs';

const EXTENSION_TESTS = path.join(ROOT, 'out', 'integration', 'suite', 'index');
const WORKSPACE = path.join(ROOT, 'test', 'integration', 'workspace');
const TIMEOUT_MS = Number(process.env.EXT_TEST_TIMEOUT_MS || 300_000);

for (const [file, hint] of [
  [path.join(ROOT, 'dist', 'extension.js'), 'npm run build'],
  [`${EXTENSION_TESTS}.js`, 'tsc -p test/integration/tsconfig.json'],
]) {
  if (!fs.existsSync(file)) {
    console.error(`${path.relative(ROOT, file)} is missing: run \`${hint}\` first (npm run test:integration compiles the tests).`);
    console.log('ext-tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

const t0 = Date.now();
fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
const dir = fs.mkdtempSync(path.join(ROOT, 'test-output', 'ext-tests-'));
let server;
let browser;
let exitCode = 1;
let passed = 0;
let failed = 0;
let pending = 0;
try {
  server = await startServer({ dir, raw: true });
  browser = await launchBrowser(path.join(dir, 'chromium'));
  const { page } = browser;
  const finished = new Promise((resolve) => {
    // The workbench calls these when they exist (the hooks @vscode/test-web uses as well).
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...args); // mocha logs printf-style: ['  %d passing (%s)', 5, '2s']
      let m;
      if ((m = /^\s*(\d+) passing/m.exec(text))) passed = Number(m[1]);
      if ((m = /^\s*(\d+) failing/m.exec(text))) failed = Number(m[1]);
      if ((m = /^\s*(\d+) pending/m.exec(text))) pending = Number(m[1]);
      (console[type] || console.log)(text);
    });
    page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  page.on('pageerror', (error) => console.error('[pageerror]', error.message));
  if (process.env.EXT_TEST_BROWSER_CONSOLE) page.on('console', (m) => console.error(`[browser ${m.type()}]`, m.text()));

  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(EXTENSION_TESTS)],
  ];
  await page.goto(`${server.url}?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer;
  const result = await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)))]);
  clearTimeout(timer);
  if (result === 'timeout') {
    console.error(`The extension tests did not finish in ${TIMEOUT_MS} ms (EXT_TEST_TIMEOUT_MS). Server log: ${server.logFile}`);
    await page.screenshot({ path: path.join(dir, 'timeout.png') }).catch(() => {});
  } else {
    exitCode = Number(result);
  }
} catch (error) {
  console.error('The extension tests could not run:', error);
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
}

if (exitCode !== 0 && failed === 0) failed = 1; // the run failed without a mocha count (load error, crash, timeout)
if (passed + failed === 0) {
  console.error('No test ran.');
  failed = 1;
}
const ok = exitCode === 0 && failed === 0;
if (ok && !process.env.KEEP_RUN_DIRS) fs.rmSync(dir, { recursive: true, force: true });
else console.error(`Run directory kept for inspection: ${path.relative(ROOT, dir)} (server.log, user-data/logs)`);
console.log(`ext-tests: ${passed} passed, ${failed} failed${pending ? `, ${pending} pending` : ''}`);
console.error(`extension tests: exit code ${exitCode} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(ok ? 0 : 1);
