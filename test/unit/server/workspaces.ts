// Workspaces on disk for the server's tests: a temp folder with the given files, and manifests
// that name the things the tests look for.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { headlessService, statefulSet as fuzzStatefulSet } from '../fuzz/manifests';

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
