// `npm run bench`, the language server (issue #12): a scripted LSP client over stdio drives
// `statefulset-studio lsp --stdio` on a 2,000-file workspace (bench/gen-manifests.mjs, seed 42,
// about 24 MB, split at document boundaries so Services and their StatefulSets often sit in
// different files) and on a one-file workspace, alternately, and prints the ratios the issue sets:
//   didOpen → first diagnostics, 2,000 files vs one file              (target ≤ 1.5×)
//   full index (progress begin → end) vs a bare `yaml` parse of all    (target ≤ 1.3×)
//   server RSS after indexing vs 3 × YAML bytes + the one-file RSS     (target ≤ 1.0)
//     measured once the server has been idle IDLE_MS after its last diagnostics (it shrinks its
//     young generation only then: heapRelease.ts), and also as soon as they stopped
//   p95 hover latency while indexing                                   (target ≤ 50 ms)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { ScriptedClient } from '../test/unit/server/scriptedClient';
import { generate } from './languageService';
import { median, nowMs } from './measure';

export const FILES = 2000;
const ROUNDS = 3;
/** A file in the middle of the workspace, holding a StatefulSet: the one the user opens. */
export const OPENED = 'manifests/f01000.yaml';

export interface Workspace {
  readonly root: string;
  readonly files: readonly string[];
  readonly bytes: number;
}

export function writeWorkspace(root: string, texts: readonly string[]): Workspace {
  const files = texts.map((text, i) => {
    const file = path.join(root, 'manifests', `f${String(i).padStart(5, '0')}.yaml`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  });
  return { root, files, bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
}

/** The generated stream cut into `count` files of about as many documents each. */
export function splitIntoFiles(stream: string, count: number): string[] {
  const documents = stream.split(/^(?=---$)/m);
  const per = Math.ceil(documents.length / count);
  return Array.from({ length: count }, (_, i) => documents.slice(i * per, (i + 1) * per).join(''));
}

export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) * 1024;
}

/** Longer than the server's wait before it shrinks its young generation (heapRelease.ts SHRINK_YOUNG_AFTER_MS). */
const IDLE_MS = 10_000;

interface Run {
  readonly openMs: number;
  readonly indexMs: number;
  /** As soon as the closed files' diagnostics stopped arriving. */
  readonly rssAtQuiet: number;
  /** IDLE_MS later. */
  readonly rss: number;
  readonly hoverMs: readonly number[];
}

/** One server session: open the file as the index starts; with `hovers`, hover on it until the index ends. */
async function session(ws: Workspace, openedText: string, hovers: boolean): Promise<Run> {
  const client = await ScriptedClient.start({ root: ws.root });
  const uri = pathToFileURL(path.join(ws.root, OPENED)).href;
  const opened = performance.now();
  await client.open(uri, openedText);
  const first = await client.waitFor('first diagnostics', () => client.diagnostics.find((d) => d.value.uri === uri), 600_000);
  const hoverMs: number[] = [];
  while (hovers && !client.indexDone()) {
    const t = performance.now();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
    hoverMs.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await client.waitFor('the end of indexing', () => client.indexDone(), 600_000);
  await quiet(client);
  const rssAtQuiet = rssOf(client.child.pid!);
  if (!hovers) await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const at = (kind: string) => client.progress.find((p) => p.value.kind === kind)!.at;
  const run = { openMs: first.at - opened, indexMs: at('end') - at('begin'), rssAtQuiet, rss: rssOf(client.child.pid!), hoverMs };
  await client.stop();
  return run;
}

/** Waits until the closed files' diagnostics have stopped arriving (500 ms without one). */
async function quiet(client: ScriptedClient): Promise<void> {
  for (let count = -1; count !== client.diagnostics.length; ) {
    count = client.diagnostics.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export function bareParseMs(ws: Workspace): number {
  const t = nowMs();
  for (const file of ws.files) parseAllDocuments(fs.readFileSync(file, 'utf8'));
  return nowMs() - t;
}

export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchLanguageServer(): Promise<string[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sts-bench-lsp-'));
  try {
    const large = writeWorkspace(path.join(tmp, 'large'), splitIntoFiles(generate(['--lines', '1000000', '--seed', '42']), FILES));
    const openedText = fs.readFileSync(path.join(large.root, OPENED), 'utf8');
    const single = writeWorkspace(path.join(tmp, 'single'), []);
    fs.mkdirSync(path.dirname(path.join(single.root, OPENED)), { recursive: true });
    fs.writeFileSync(path.join(single.root, OPENED), openedText);
    const largeRuns: Run[] = [];
    const singleRuns: Run[] = [];
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(bareParseMs(large));
      singleRuns.push(await session(single, openedText, false));
      largeRuns.push(await session(large, openedText, false));
    }
    const hovers = (await session(large, openedText, true)).hoverMs;
    const med = (runs: readonly Run[], key: 'openMs' | 'indexMs' | 'rss' | 'rssAtQuiet') => median(runs.map((run) => run[key]));
    const open = med(largeRuns, 'openMs') / med(singleRuns, 'openMs');
    const index = med(largeRuns, 'indexMs') / median(bare);
    const budget = 3 * large.bytes + med(singleRuns, 'rss');
    return [
      `workspace: ${FILES} files, ${mb(large.bytes)} of YAML (gen-manifests --lines 1000000 --seed 42), ${ROUNDS} rounds, medians`,
      `didOpen → first diagnostics, ${FILES} files vs one file: ${open.toFixed(2)}x  (${med(largeRuns, 'openMs').toFixed(0)} ms vs ${med(singleRuns, 'openMs').toFixed(0)} ms; target ≤ 1.5x)`,
      `full index vs bare yaml parse of every file: ${index.toFixed(2)}x  (${med(largeRuns, 'indexMs').toFixed(0)} ms vs ${median(bare).toFixed(0)} ms; target ≤ 1.3x)`,
      `server RSS after indexing, idle ${IDLE_MS / 1000} s, vs 3 × YAML + one-file RSS: ${(med(largeRuns, 'rss') / budget).toFixed(2)}  (${mb(med(largeRuns, 'rss'))} vs ${mb(budget)}; one file: ${mb(med(singleRuns, 'rss'))}; target ≤ 1.0)`,
      `  the same as soon as the diagnostics stopped: ${(med(largeRuns, 'rssAtQuiet') / (3 * large.bytes + med(singleRuns, 'rssAtQuiet'))).toFixed(2)}  (${mb(med(largeRuns, 'rssAtQuiet'))}; one file: ${mb(med(singleRuns, 'rssAtQuiet'))})`,
      `hover while indexing: p95 ${p95(hovers).toFixed(1)} ms, median ${median(hovers).toFixed(1)} ms over ${hovers.length} hovers (target p95 ≤ 50 ms)`,
    ];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchLanguageServer().then((lines) => {
    console.log('\nLanguage server (scripted LSP client over stdio)');
    for (const line of lines) console.log('  ' + line);
  });
}
