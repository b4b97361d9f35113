// Runs the bundled CLI (dist/cli.js, built by `npm run build` before the tests) in a child
// process, in English, from a chosen directory. The timeout only stops a regression that hangs
// (a FIFO read blocks forever); the runs it guards finish in well under a second.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
const HANG_GUARD_MS = 20_000;

export interface CliRun {
  /** null when the run was stopped by the hang guard or a signal. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT, encoding: 'utf8', input: options.input, env, timeout: HANG_GUARD_MS, maxBuffer: 1024 ** 3,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory holding `files` (name → text). */
export function tempDir(files: Readonly<Record<string, string>> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-cli-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A StatefulSet named `name` whose `containers` containers have no image: one error each. */
export function manyFindings(name: string, containers: number): string {
  const list = Array.from({ length: containers }, (_, i) => `      - name: c${i}\n`).join('');
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${JSON.stringify(name)}
spec:
  serviceName: web
  replicas: 1
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: x}
    spec:
      containers:
${list}`;
}

/** A clean StatefulSet with its headless Service: no finding. */
export const CLEAN = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: web
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27, readinessProbe: {httpGet: {path: /, port: 80}}}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {clusterIP: None, selector: {app: web}, ports: [{port: 80}]}
`;
