// Starts and stops the real VS Code of the harness (code-server's bundled VS Code server) and
// Debian's Chromium. Used by `npm start`, the UI tests and the extension-host test runner.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
export const HARNESS = process.env.SSS_HARNESS || path.join(os.homedir(), '.cache', 'statefulset-studio-harness');

/** Installs the harness when missing (idempotent) and returns its paths. */
export function ensureHarness() {
  const envFile = path.join(HARNESS, 'env.sh');
  if (!fs.existsSync(envFile)) execFileSync('bash', [path.join(ROOT, 'scripts/harness/install.sh')], { stdio: 'inherit' });
  const env = {};
  for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
    const m = /^export (\w+)="(.*)"$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  return env;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.reduceMotion': 'on',
  'editor.hover.delay': 100,
};

/**
 * Starts a VS Code server on 127.0.0.1. `raw` runs the bare server (needed for extension-host
 * tests, which use --enable-smoke-test-driver); otherwise code-server's wrapper.
 * Returns { url, port, dirs, logFile, stop() }.
 */
export async function startServer({ dir, vsix, folder, settings = {}, raw = false, port, extraArgs = [] }) {
  const paths = ensureHarness();
  const dirs = { root: dir, userData: path.join(dir, 'user-data'), extensions: path.join(dir, 'extensions') };
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
  const previous = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8') || '{}') : {};
  fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...previous, ...settings }, null, 2));
  // Socket paths are limited to ~107 characters: keep TMPDIR short.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-'));
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'xdg-config'), XDG_DATA_HOME: path.join(dir, 'xdg-data'), TMPDIR: tmp };
  delete env.VSCODE_IPC_HOOK_CLI;
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  const node = process.execPath;
  const entry = raw ? paths.VSCODE_SERVER_MAIN : paths.CODE_SERVER_ENTRY;
  if (vsix) execFileSync(node, [paths.CODE_SERVER_ENTRY, ...common, '--install-extension', vsix, '--force'], { env, stdio: 'pipe' });
  port ??= await freePort();
  const args = raw
    ? ['--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--disable-telemetry',
       '--disable-workspace-trust', '--enable-smoke-test-driver', '--server-data-dir', path.join(dir, 'server-data'), ...common, ...extraArgs]
    : ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
       '--disable-getting-started-override', '--disable-proxy', ...common, ...extraArgs];
  if (folder && !raw) args.push(folder);
  const logFile = path.join(dir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const proc = spawn(node, [entry, ...args], { env, stdio: ['ignore', out, out], detached: true });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(url + (raw ? 'version' : 'healthz'));
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    if (proc.exitCode !== null) throw new Error(`VS Code server exited early:\n${fs.readFileSync(logFile, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`VS Code server did not start:\n${fs.readFileSync(logFile, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url, port, dirs, logFile, proc,
    async stop() {
      if (proc.exitCode === null) {
        try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
        await new Promise((resolve) => {
          const timer = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 5000);
          proc.once('exit', () => { clearTimeout(timer); resolve(); });
        });
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium through playwright-core (no browser download). */
export async function launchBrowser(profileDir, { width = 1400, height = 900, colorScheme = 'dark' } = {}) {
  const { chromium } = await import('playwright-core');
  const paths = ensureHarness();
  fs.mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: paths.CHROMIUM_BIN || '/usr/bin/chromium',
    headless: true,
    colorScheme,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
    viewport: { width, height },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: () => context.close() };
}

/**
 * The UI tests' start: a VS Code server with the VSIX installed, Chromium on `folder`, ready once
 * the Explorer shows. Each run gets its own directory under `runsDir`. Returns { server, browser, page }.
 */
export async function openWorkbench({ runsDir, vsix, folder, settings }) {
  const dir = fs.mkdtempSync(path.join(runsDir, 'run-'));
  const server = await startServer({ dir, vsix, folder, settings });
  try {
    const browser = await launchBrowser(path.join(dir, 'chromium'));
    await browser.page.goto(`${server.url}?folder=${encodeURIComponent(folder)}`);
    await browser.page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 90_000 });
    return { server, browser, page: browser.page };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
