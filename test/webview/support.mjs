// Shared by the webview tests and the frame-rate bench: plans built with the compiled core
// (`npm run compile-tests` writes out/), the `init` message the extension would post, and a page
// that loads dist/webview/main.js + main.css under the panel's CSP with a stubbed VS Code API.
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { planRollout } = require(join(ROOT, 'out/src/core/simulate/planRollout.js'));
const { simulate } = require(join(ROOT, 'out/src/core/simulate/simulate.js'));
const { DEFAULT_ENVIRONMENT } = require(join(ROOT, 'out/src/core/simulate/types.js'));
const { toSteps } = require(join(ROOT, 'out/src/core/simulate/script.js'));
export const { formatWatch } = require(join(ROOT, 'out/src/core/simulate/formatWatch.js'));
export const { isFromWebview } = require(join(ROOT, 'out/src/protocol/messages.js'));

/**
 * webview/view.ts bundled by esbuild (d3 included) and imported into a jsdom window made global;
 * `dispose` removes the bundle. The view registers no custom element, so jsdom needs none.
 */
export async function loadViewInJsdom() {
  const esbuild = await import('esbuild');
  const { JSDOM } = await import('jsdom');
  const dir = await mkdtemp(join(tmpdir(), 'webview-view-'));
  const outfile = join(dir, 'view.mjs');
  await esbuild.build({ entryPoints: [join(ROOT, 'webview/view.ts')], outfile, bundle: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'warning' });
  const dom = new JSDOM('<!DOCTYPE html><body></body>', { pretendToBeVisual: true });
  for (const key of ['window', 'document', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'Event', 'MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    globalThis[key] = key === 'window' ? dom.window : dom.window[key];
  }
  const mod = await import(pathToFileURL(outfile).href);
  return { mod, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** loadViewInJsdom for one test file: `.mod` is the view module once the file's tests run. */
export function useViewInJsdom() {
  const view = {};
  before(async () => Object.assign(view, await loadViewInJsdom()));
  after(() => view.dispose());
  return view;
}

export const NGINX = { name: 'nginx', namespace: 'default', governs: true, publishNotReadyAddresses: false };

/** The docs' example: StatefulSet `web`, governed by the headless Service `nginx`, one `www` claim. */
export function webManifest({ name = 'web', replicas = 3, policy = 'OrderedReady' } = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name },
    spec: {
      serviceName: 'nginx',
      replicas,
      podManagementPolicy: policy,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24' }] } },
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    },
  };
}

/** The input, script and plan of a scenario; `steps` are written as a script writes them (`{ scale: 5, at: 12 }`). */
export function scenario({ name, replicas, policy, steps = [], service = NGINX, environment = {} } = {}) {
  const input = service ? { manifest: webManifest({ name, replicas, policy }), service } : { manifest: webManifest({ name, replicas, policy }) };
  const parsed = toSteps([{ apply: {} }, ...steps]);
  if ('error' in parsed) throw new Error(parsed.error);
  const script = { environment: { ...DEFAULT_ENVIRONMENT, ...environment }, steps: parsed.value };
  const plan = planRollout(input, script);
  if ('error' in plan) throw new Error(plan.error);
  return { input, script, plan, result: () => simulate(input, script, { recordStates: true }) };
}

/** The `init` message the extension posts after `ready`. */
export function initMessage(options = {}, extra = {}) {
  const { plan, script } = scenario(options);
  return {
    type: 'init',
    title: `StatefulSet ${plan.statefulset}`,
    plan,
    containers: 1,
    policy: options.policy ?? 'OrderedReady',
    steps: script.steps,
    environment: script.environment,
    problems: [],
    ...extra,
  };
}

/** Three nodes in two zones: the cluster of the lane fixtures. */
export const NODES = [
  { name: 'node-a', zone: 'zone-1' },
  { name: 'node-b', zone: 'zone-1' },
  { name: 'node-c', zone: 'zone-2' },
];

/**
 * A plan with a cluster (issue #11), hand-built until the simulator fills `node` and `cluster`:
 * the scenario's frames with each pod placed by `place` (null: Pending unscheduled) and the nodes
 * attached where they change. `flags` and `push` let a test add frames of its own (a node failing,
 * a FailedScheduling) after changing a node's flags.
 */
export function clusterPlan({ nodes = NODES, budgets = [], place = (pod) => nodes[pod.ordinal % nodes.length].name, ...options } = {}) {
  const s = scenario(options);
  const flags = new Map(nodes.map((n) => [n.name, { ready: true, cordoned: false, outOfService: false }]));
  const where = new Map();
  const frames = [];
  let last = JSON.stringify({ nodes: [], budgets: [] });
  const clusterNow = () => ({
    nodes: nodes.map((n) => ({ name: n.name, zone: n.zone ?? null, ...flags.get(n.name), pods: [...where].filter(([, node]) => node === n.name).map(([pod]) => pod) })),
    budgets: typeof budgets === 'function' ? budgets(where) : budgets,
  });
  const push = (frame) => {
    if (frame.pod) where.set(frame.pod.name, frame.pod.node);
    else if (frame.pod === null) where.delete(frame.event.object);
    const cluster = clusterNow();
    const key = JSON.stringify(cluster);
    frames.push(key === last ? frame : { ...frame, cluster });
    last = key;
  };
  for (const frame of s.plan.frames) push(frame.pod ? { ...frame, pod: { ...frame.pod, node: place(frame.pod) } } : frame);
  const environment = { ...s.script.environment, nodes: nodes.map((n) => ({ name: n.name, zone: n.zone ?? null, capacity: {}, labels: {} })) };
  return { plan: { ...s.plan, frames }, script: { ...s.script, environment }, flags, push, frames };
}

/** The `init` message of a clusterPlan. */
export function clusterInit(cluster, extra = {}) {
  return {
    type: 'init',
    title: `StatefulSet ${cluster.plan.statefulset}`,
    plan: cluster.plan,
    containers: 1,
    policy: 'OrderedReady',
    steps: cluster.script.steps,
    environment: cluster.script.environment,
    problems: [],
    ...extra,
  };
}

/** Typical values of the variables VS Code defines in a webview, per theme. */
export const THEMES = {
  'vscode-light': {
    'editor-background': '#ffffff',
    'editor-foreground': '#3b3b3b',
    foreground: '#3b3b3b',
    descriptionForeground: '#717171',
    'panel-border': '#e5e5e5',
    'editorWidget-background': '#f8f8f8',
    focusBorder: '#005fb8',
    'charts-green': '#388a34',
    'charts-yellow': '#bf8803',
    'charts-red': '#e51400',
    'charts-blue': '#1a85ff',
    'charts-orange': '#d18616',
    'textLink-foreground': '#005fb8',
    'badge-background': '#cccccc',
    'badge-foreground': '#3b3b3b',
    'button-background': '#005fb8',
    'button-foreground': '#ffffff',
    'button-secondaryBackground': '#e5e5e5',
    'button-secondaryForeground': '#3b3b3b',
    'input-background': '#ffffff',
    'input-foreground': '#3b3b3b',
    'input-border': '#cecece',
    'dropdown-background': '#ffffff',
    'dropdown-border': '#cecece',
    'dropdown-foreground': '#3b3b3b',
    'checkbox-background': '#f8f8f8',
    'checkbox-border': '#cecece',
    'list-hoverBackground': '#f2f2f2',
    'list-inactiveSelectionBackground': '#e4e6f1',
    'textCodeBlock-background': '#f3f3f3',
    errorForeground: '#f85149',
    'settings-textInputBackground': '#ffffff',
    'settings-textInputBorder': '#cecece',
    'settings-textInputForeground': '#3b3b3b',
    'settings-dropdownBackground': '#ffffff',
    'settings-dropdownBorder': '#cecece',
    'settings-dropdownForeground': '#3b3b3b',
    'settings-dropdownListBorder': '#c8c8c8',
    'list-activeSelectionBackground': '#e8e8e8',
    'list-activeSelectionForeground': '#000000',
    'button-hoverBackground': '#0258a8',
    'button-secondaryHoverBackground': '#cccccc',
    'checkbox-foreground': '#3b3b3b',
    'input-placeholderForeground': '#767676',
    'widget-shadow': 'rgba(0, 0, 0, 0.16)',
    'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    'font-size': '13px',
    'editor-font-family': '"Droid Sans Mono", monospace',
    'editor-font-size': '12px',
  },
  'vscode-dark': {
    'editor-background': '#1f1f1f',
    'editor-foreground': '#cccccc',
    foreground: '#cccccc',
    descriptionForeground: '#9d9d9d',
    'panel-border': '#2b2b2b',
    'editorWidget-background': '#202020',
    focusBorder: '#0078d4',
    'charts-green': '#89d185',
    'charts-yellow': '#cca700',
    'charts-red': '#f14c4c',
    'charts-blue': '#3794ff',
    'charts-orange': '#d18616',
    'textLink-foreground': '#4daafc',
    'badge-background': '#616161',
    'badge-foreground': '#f8f8f8',
    'button-background': '#0078d4',
    'button-foreground': '#ffffff',
    'button-secondaryBackground': '#313131',
    'button-secondaryForeground': '#cccccc',
    'input-background': '#313131',
    'input-foreground': '#cccccc',
    'input-border': '#3c3c3c',
    'dropdown-background': '#313131',
    'dropdown-border': '#3c3c3c',
    'dropdown-foreground': '#cccccc',
    'checkbox-background': '#313131',
    'checkbox-border': '#3c3c3c',
    'list-hoverBackground': '#2a2d2e',
    'list-inactiveSelectionBackground': '#37373d',
    'textCodeBlock-background': '#2b2b2b',
    errorForeground: '#f85149',
    'settings-textInputBackground': '#313131',
    'settings-textInputBorder': '#3c3c3c',
    'settings-textInputForeground': '#cccccc',
    'settings-dropdownBackground': '#313131',
    'settings-dropdownBorder': '#3c3c3c',
    'settings-dropdownForeground': '#cccccc',
    'settings-dropdownListBorder': '#454545',
    'list-activeSelectionBackground': '#04395e',
    'list-activeSelectionForeground': '#ffffff',
    'button-hoverBackground': '#026ec1',
    'button-secondaryHoverBackground': '#3c3c3c',
    'checkbox-foreground': '#cccccc',
    'input-placeholderForeground': '#989898',
    'widget-shadow': 'rgba(0, 0, 0, 0.36)',
    'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    'font-size': '13px',
    'editor-font-family': '"Droid Sans Mono", monospace',
    'editor-font-size': '12px',
  },
  'vscode-high-contrast': {
    'editor-background': '#000000',
    'editor-foreground': '#ffffff',
    foreground: '#ffffff',
    descriptionForeground: '#ffffff',
    'panel-border': '#6fc3df',
    contrastBorder: '#6fc3df',
    contrastActiveBorder: '#f38518',
    focusBorder: '#f38518',
    'charts-green': '#89d185',
    'charts-yellow': '#ffd700',
    'charts-red': '#f48771',
    'charts-blue': '#3794ff',
    'charts-orange': '#f38518',
    'textLink-foreground': '#21a6ff',
    'badge-background': '#000000',
    'badge-foreground': '#ffffff',
    'button-background': '#000000',
    'button-foreground': '#ffffff',
    'button-border': '#6fc3df',
    'input-background': '#000000',
    'input-foreground': '#ffffff',
    'input-border': '#6fc3df',
    'settings-textInputBackground': '#000000',
    'settings-textInputBorder': '#6fc3df',
    'settings-textInputForeground': '#ffffff',
    'settings-dropdownBackground': '#000000',
    'settings-dropdownBorder': '#6fc3df',
    'settings-dropdownForeground': '#ffffff',
    'settings-dropdownListBorder': '#6fc3df',
    'checkbox-background': '#000000',
    'checkbox-border': '#6fc3df',
    'font-family': 'system-ui, sans-serif',
    'font-size': '13px',
    'editor-font-family': 'monospace',
  },
};

const themeCss = (theme) => `:root {\n${Object.entries(THEMES[theme]).map(([k, v]) => `  --vscode-${k}: ${v};`).join('\n')}\n}\n`;

/**
 * Serves the page the panel would show: dist/webview/main.js with a nonce, main.css, and the
 * theme's variables, under the panel's CSP; `acquireVsCodeApi` records what the webview posts.
 */
export async function startServer() {
  const nonce = 'dGVzdC1ub25jZS0xMjM0NTY3ODkw';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const origin = `http://${req.headers.host}`;
    try {
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const theme = THEMES[url.searchParams.get('theme')] ? url.searchParams.get('theme') : 'vscode-dark';
        const state = url.searchParams.get('state');
        const csp = `default-src 'none'; style-src ${origin}; img-src ${origin} data:; font-src ${origin}; script-src 'nonce-${nonce}';`;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
        res.end(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/theme.css?theme=${theme}"><link rel="stylesheet" href="/main.css"><title>panel</title>
<script nonce="${nonce}">
  window.__posted = []; window.__csp = []; window.__state = ${state ? JSON.stringify(JSON.parse(state)) : 'undefined'};
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => window.__state,
    setState: (s) => { window.__state = s; return s; },
  });
</script></head>
<body class="${theme}"><div id="app" aria-busy="true"></div><script nonce="${nonce}" src="/main.js"></script></body></html>`);
      } else if (url.pathname === '/theme.css') {
        res.writeHead(200, { 'content-type': 'text/css' });
        res.end(themeCss(url.searchParams.get('theme') ?? 'vscode-dark'));
      } else if (url.pathname === '/main.js' || url.pathname === '/main.css') {
        const body = await readFile(join(ROOT, 'dist/webview', url.pathname.slice(1)));
        res.writeHead(200, { 'content-type': url.pathname.endsWith('.js') ? 'text/javascript' : 'text/css' });
        res.end(body);
      } else {
        res.writeHead(404);
        res.end();
      }
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: (query = '') => `http://127.0.0.1:${port}/${query}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A page server and Chromium for one test file: `.server` and `.browser` once the file's tests run. */
export function usePanelBrowser(shots) {
  const env = {};
  before(async () => {
    if (shots) await mkdir(shots, { recursive: true });
    env.server = await startServer();
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Shows frame `index` as the scrubber does (this pauses playback). */
export async function seek(page, index) {
  await page.evaluate((i) => {
    const s = document.querySelector('.scrubber');
    s.value = String(i);
    s.dispatchEvent(new Event('input', { bubbles: true }));
  }, index);
}
