// What the CLI writes, whatever the manifest holds (issue #15, items 9, 10 and 13): output bounded
// by the number of findings, not by the length of names; no terminal control sequence and no forged
// line in text output; a reader that stops reading ends the run quietly.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, manyFindings, runCli, tempDir } from './cliRun';

const FINDINGS = 300;
const HUGE = 'a'.repeat(2 * 1024 * 1024);
const SHORT_HUGE = `${'a'.repeat(100)}…${'a'.repeat(20)}`;
const EVIL = 'web\u001b]0;x\u0007\nfake.yaml:1:1: error x';
// eslint-disable-next-line no-control-regex -- the point is to find raw control characters
const RAW_CONTROL = /[\u001b\u0007]/;

describe('statefulset-studio CLI: output', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first'));

  describe('a 2 MB name in 300 findings (item 9)', () => {
    let dir: string;
    before(() => {
      dir = tempDir({ 'huge.yaml': manyFindings(HUGE, FINDINGS) });
    });

    it('gives valid JSON with the name shortened, bounded in size, and exit 1 (errors found)', () => {
      const { code, stdout, stderr } = runCli(['check', '--format', 'json', 'huge.yaml'], { cwd: dir });
      assert.equal(stderr, '');
      assert.equal(code, 1);
      const findings = JSON.parse(stdout) as { name: string; rule: string; message: string }[];
      assert.equal(findings.filter((f) => f.rule === 'pod-container-image-missing').length, FINDINGS);
      assert.ok(findings.every((f) => f.name === SHORT_HUGE));
      assert.ok(findings.every((f) => f.message.length < 1000));
      assert.ok(stdout.length < 1000 * findings.length, `${stdout.length} bytes for ${findings.length} findings`);
    });

    it('gives the text format and SARIF bounded too', () => {
      const text = runCli(['check', 'huge.yaml'], { cwd: dir });
      assert.equal(text.code, 1);
      const lines = text.stdout.trimEnd().split('\n');
      assert.equal(lines.length, FINDINGS + 3, 'one line per finding and the summary');
      assert.ok(lines.every((line) => line.length < 1000));
      const sarif = runCli(['check', '--format', 'sarif', 'huge.yaml'], { cwd: dir });
      assert.equal(sarif.code, 1);
      assert.ok(sarif.stdout.length < 200_000 + 2000 * FINDINGS);
      assert.equal(JSON.parse(sarif.stdout).runs[0].results.length, FINDINGS + 2);
    });
  });

  describe('terminal escapes and line injection (item 10)', () => {
    it('prints no raw ESC or BEL and no forged line in text output, and keeps JSON exact', () => {
      const dir = tempDir({ 'evil.yaml': manyFindings(EVIL, 1) });
      const text = runCli(['check', 'evil.yaml'], { cwd: dir });
      assert.equal(text.code, 1);
      assert.doesNotMatch(text.stdout, RAW_CONTROL);
      assert.doesNotMatch(text.stdout, /^fake\.yaml/m);
      assert.match(text.stdout, /\[StatefulSet web\^\[\]0;x\\x07\\nfake\.yaml:1:1: error x /);
      const json = JSON.parse(runCli(['check', '--format', 'json', 'evil.yaml'], { cwd: dir }).stdout);
      assert.equal(json[0].name, EVIL);
    });

    it('escapes file names and arguments in messages on stderr', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, `x${EVIL}.yaml`), manyFindings('web', 1));
      const text = runCli(['check', '.', `missing${EVIL}.yaml`], { cwd: dir });
      assert.equal(text.code, 2);
      for (const output of [text.stdout, text.stderr]) {
        assert.doesNotMatch(output, RAW_CONTROL);
        assert.doesNotMatch(output, /^fake\.yaml/m);
      }
      assert.equal(text.stderr, 'statefulset-studio: cannot read missing' + 'web^[]0;x\\x07\\nfake.yaml:1:1: error x.yaml: no such file or directory\n');
      const explain = runCli(['explain', `StatefulSet.spec.${EVIL}`]);
      assert.equal(explain.code, 2);
      assert.doesNotMatch(explain.stderr, RAW_CONTROL);
      assert.doesNotMatch(explain.stderr, /^fake\.yaml/m);
    });
  });

  describe('a reader that stops reading (item 13)', () => {
    it('ends quietly, without an EPIPE stack trace, keeping the exit code of the check', async () => {
      const dir = tempDir({ 'many.yaml': manyFindings('web', 3000) }); // about 500 KB of text, far over a pipe's buffer
      const child = spawn(process.execPath, [CLI, 'check', 'many.yaml'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy()); // like `| head -c 10`
      const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
      assert.equal(stderr, '');
      assert.equal(code, 1);
    });
  });
});
