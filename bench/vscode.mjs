// `npm run bench:vscode` (issue #12 item 6): the language server's figures measured in the real VS
// Code of the harness (code-server's VS Code 1.100 and Debian's Chromium, test/harness/server.mjs),
// on the workspace bench/lsp.ts generates (gen-manifests --lines 1000000 --seed 42, cut into 2,000
// files) and on a one-file workspace holding only the opened file, alternately in one run:
//   Quick Open → the file's first problem squiggle, 2,000 files vs one file  (bench/lsp.ts: ≤ 1.5×)
//   the index progress in the status bar, shown → gone, vs a bare yaml parse  (≤ 1.3×)
//   language server RSS once idle vs 3 × YAML bytes + the one-file RSS       (≤ 1.0), and the extension host's
//   hover (Ctrl+K Ctrl+I) → its content shown, while the progress shows, p50/p95, vs the one-file workspace idle
// Figures go to stdout and to test-output/bench-vscode/figures.json, screenshots beside it.
//   npm run bench:vscode                      (packages the VSIX and compiles bench/ first)
//   node bench/vscode.mjs [--rounds N] [--files N]   (--files: a smaller workspace, for trying the script)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../test/harness/server.mjs';
import { generate } from '../out/bench/languageService.js';
import { bareParseMs, FILES, OPENED, splitIntoFiles, writeWorkspace } from '../out/bench/lsp.js';
import { report } from './vscodeReport.mjs';
import { ensureDir, runSession } from './vscodeSession.mjs';

const OUT = path.join(ROOT, 'test-output', 'bench-vscode');
const VSIX = path.join(ROOT, 'statefulset-studio.vsix');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

/**
 * The 2,000-file workspace of bench/lsp.ts and the one-file workspace. With `files` < 2,000 (for trying
 * the script) only the `files` files around the opened one are kept, so its neighbours stay.
 */
function writeWorkspaces(tmp, files) {
  const texts = splitIntoFiles(generate(['--lines', '1000000', '--seed', '42']), FILES);
  const openedIndex = Number(/f(\d+)\.yaml$/.exec(OPENED)[1]);
  const all = writeWorkspace(path.join(tmp, 'large'), texts);
  const first = Math.max(0, openedIndex - Math.floor(files / 2));
  const kept = new Set(all.files.slice(first, first + files));
  for (const file of all.files) if (!kept.has(file)) fs.rmSync(file);
  const bytes = [...kept].reduce((sum, file) => sum + fs.statSync(file).size, 0);
  const single = path.join(tmp, 'single');
  fs.mkdirSync(path.dirname(path.join(single, OPENED)), { recursive: true });
  fs.writeFileSync(path.join(single, OPENED), texts[openedIndex]);
  return { large: { root: all.root, files: [...kept], bytes }, single };
}

/** `statefulset-studio check --format json` (exit 1 only says an error was found). */
function checkJson(args) {
  try {
    return execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    if (error.status === 1) return error.stdout;
    throw error;
  }
}

/**
 * The line Quick Open goes to: that of the opened file's first finding that does not depend on other
 * files, i.e. one the CLI reports both for the file alone and for the whole 2,000-file workspace
 * (the editor draws squiggles only on the lines it shows).
 */
function firstOwnFindingLine(large, single) {
  const findings = (args) => JSON.parse(checkJson(args));
  const key = (f) => `${f.rule}@${f.range.start.line}:${f.range.start.character}`;
  const inLarge = new Set(findings([path.join(large.root, 'manifests')]).filter((f) => f.file.endsWith(OPENED)).map(key));
  const own = findings([path.join(single, OPENED)]).find((f) => inLarge.has(key(f)));
  if (!own) throw new Error(`${OPENED} has no finding of its own to see`);
  return { line: own.range.start.line + 1, rule: own.rule };
}

/** A field the server documents on hover, on a line shown near the finding's line. */
const HOVER = { lineText: 'volumeClaimTemplates:', word: 'volumeClaimTemplates', text: 'volumeClaimTemplates is a list of claims' };
/** Hovers asked for in the one-file workspace once its server is idle: what the UI adds to a hover. */
const IDLE_HOVERS = 40;

function loadAverage() {
  return os.loadavg().map((load) => load.toFixed(2)).join(' ');
}

async function main() {
  const rounds = option('--rounds', 2);
  const files = option('--files', FILES);
  if (!fs.existsSync(VSIX)) throw new Error('statefulset-studio.vsix is missing: run `npm run package` first');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sts-bench-vscode-'));
  const runsDir = ensureDir(path.join(OUT, 'runs'));
  try {
    const { large, single } = writeWorkspaces(tmp, files);
    const target = firstOwnFindingLine(large, single);
    const opened = { relative: OPENED, line: target.line };
    const loadBefore = loadAverage();
    const runs = { large: [], single: [], bare: [] };
    for (let round = 0; round < rounds; round++) {
      const shots = round === 0 ? (name) => path.join(OUT, name) : () => undefined;
      runs.bare.push(bareParseMs(large));
      runs.single.push(await runSession({ runsDir, vsix: VSIX, folder: single, opened, shots: shots('single'), expectIndexing: false }));
      runs.large.push(await runSession({ runsDir, vsix: VSIX, folder: large.root, opened, shots: shots('large'), expectIndexing: true }));
    }
    const hoverLarge = await runSession({ runsDir, vsix: VSIX, folder: large.root, opened, hover: { ...HOVER, whileIndexing: true }, shots: path.join(OUT, 'hover'), expectIndexing: true, settle: false });
    const hoverIdle = await runSession({ runsDir, vsix: VSIX, folder: single, opened, hover: { ...HOVER, idleCount: IDLE_HOVERS }, expectIndexing: false });
    const machine = { cores: os.cpus().length, loadBefore, loadAfter: loadAverage(), uptime: execFileSync('uptime', { encoding: 'utf8' }).trim() };
    const figures = report({ large, files, target, runs, hoverLarge, hoverIdle, machine });
    fs.writeFileSync(path.join(OUT, 'figures.json'), JSON.stringify(figures, null, 2) + '\n');
    console.log(`\nfigures: ${path.relative(ROOT, path.join(OUT, 'figures.json'))}; screenshots: ${path.relative(ROOT, OUT)}/*.png`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
