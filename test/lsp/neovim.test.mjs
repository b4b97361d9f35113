// Issue #12 item 5: the language server driven by a real LSP client this project did not write,
// Debian's Neovim (0.7, headless, its built-in client). It opens a StatefulSet with `replicas: -1`
// whose Service exists nowhere, and reads back the diagnostics and a hover (test/lsp/neovim.lua).
// Needs `npm run build` (dist/cli.js) and nvim: without nvim this test fails, it is never skipped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(REPO, 'dist', 'cli.js');
/** serviceName on line 6 and replicas: -1 on line 7, counted from 0 as LSP and Neovim's lnum count. */
const MANIFEST = fs.readFileSync(path.join(REPO, 'test', 'lsp', 'broken-web.yaml'), 'utf8');

test('Neovim\'s built-in LSP client gets the diagnostics and a hover from `statefulset-studio lsp --stdio`', () => {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(nvim.error, undefined, 'nvim is not installed: run scripts/harness/install.sh (it installs Debian\'s neovim)');
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sts-nvim-')));
  try {
    const file = path.join(root, 'web.yaml');
    fs.writeFileSync(file, MANIFEST);
    const out = path.join(root, 'result.json');
    const env = { ...process.env, STS_NODE: process.execPath, STS_CLI: CLI, STS_ROOT: root, STS_FILE: file, STS_OUT: out, STS_HOVER_LINE: '7', STS_HOVER_CHARACTER: '13' };
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${path.join(REPO, 'test', 'lsp', 'neovim.lua')}`], { env, encoding: 'utf8', timeout: 120_000 });
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${run.status}): ${run.stderr}${run.stdout}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(result.waited, true, 'no sts-service-not-found within 60 s');
    const found = result.diagnostics.map((d) => [d.code, d.lnum, d.col, d.source]).sort();
    assert.deepEqual(found, [
      ['sts-negative-value', 7, 12, 'statefulset'],
      ['sts-service-not-found', 6, 15, 'statefulset'],
    ]);
    const replicas = result.diagnostics.find((d) => d.code === 'sts-negative-value');
    assert.equal(replicas.message, 'spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    assert.equal(replicas.severity, 1);
    // The field's docs, then the docs of the rule whose finding is under the cursor.
    assert.match(result.hover, /^\*\*replicas\*\* `integer`\n\nreplicas is the desired number of replicas/);
    assert.match(result.hover, /\*\*`sts-negative-value`\*\* — `spec\.replicas`/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
