// Workspaces on disk for the server's tests: a temp folder with the given files, and manifests
// that name the things the tests look for.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { headlessService, statefulSet as fuzzStatefulSet } from '../fuzz/manifests';
import { ScriptedClient } from './scriptedClient';

export function makeWorkspace(files: Readonly<Record<string, string>>): { root: string; uri(name: string): string; remove(): void } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sts-lsp-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return { root, uri: (name) => pathToFileURL(path.join(root, name)).href, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** A StatefulSet `name` (pods labelled app: name) governed by `serviceName`, valid apart from `replicas`. */
export function statefulSet(name: string, serviceName: string, replicas = '1'): string {
  return fuzzStatefulSet({ name, serviceName, label: name, replicas });
}

export { headlessService };

/** `count` files, each a StatefulSet with its headless Service: a workspace that takes a while to index. */
export function fillerFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`apps/app-${String(i).padStart(5, '0')}.yaml`] = `${statefulSet(`app-${i}`, `app-${i}`)}---\n${headlessService(`app-${i}`, `app-${i}`)}`;
  return files;
}

/** Guards the pods labelled `app: <app>` and keeps `minAvailable` of them (policy/v1). */
export function disruptionBudget(name: string, app: string, minAvailable = 1): string {
  return `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
spec:
  minAvailable: ${minAvailable}
  selector:
    matchLabels:
      app: ${app}
`;
}

type Workspace = ReturnType<typeof makeWorkspace>;

/**
 * For a mocha suite: `start` runs a scripted client on a fresh workspace (debounce off, `defaults`
 * and the test's settings); both are stopped and removed after each test.
 */
export function clientEachTest(defaults: Record<string, unknown> = {}): { readonly ws: Workspace; start(files: Record<string, string>, settings?: Record<string, unknown>): Promise<ScriptedClient> } {
  const state: { ws?: Workspace; client?: ScriptedClient } = {};
  afterEach(async () => {
    await state.client?.stop();
    state.ws?.remove();
    state.client = state.ws = undefined;
  });
  return {
    get ws() {
      if (!state.ws) throw new Error('no workspace: start() first');
      return state.ws;
    },
    async start(files, settings = {}) {
      state.ws = makeWorkspace(files);
      return (state.client = await ScriptedClient.start({ root: state.ws.root, settings: { statefulsetStudio: { debounceMs: 0, ...defaults, ...settings } } }));
    },
  };
}
