// Hostile and broken inputs at the command line (issue #15, items 8 and 14): only regular files are
// read, the size limit holds before reading, and every problem is one line on stderr while the
// other files are still checked (exit 2 at the end).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLEAN, CLI, manyFindings, ROOT, runCli, tempDir } from './cliRun';

const USAGE = /Usage:/;

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** The files a JSON report has findings for, each once. */
function filesIn(stdout: string): string[] {
  return [...new Set((JSON.parse(stdout) as { file: string }[]).map((f) => f.file))].sort();
}

describe('statefulset-studio CLI: hostile input', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first'));

  describe('only regular files are read (item 8)', () => {
    it('ends at once with exit 2 for a FIFO named x.yaml given explicitly, for check and simulate', () => {
      const dir = tempDir();
      mkfifo(path.join(dir, 'x.yaml'));
      for (const command of ['check', 'simulate']) {
        const { code, stderr, stdout } = runCli([command, 'x.yaml'], { cwd: dir });
        assert.equal(code, 2, command);
        assert.equal(stderr, 'statefulset-studio: cannot read x.yaml: it is a named pipe (FIFO), not a regular file\n', command);
        assert.equal(stdout, '');
      }
    });

    it('rejects /dev/zero as a device instead of reading it until the memory runs out', () => {
      for (const command of ['check', 'simulate']) {
        const { code, stderr } = runCli([command, '/dev/zero']);
        assert.equal(code, 2, command);
        assert.equal(stderr, 'statefulset-studio: cannot read /dev/zero: it is a device, not a regular file\n', command);
      }
    });

    it('reports a FIFO inside a scanned directory and still checks the other files', () => {
      const dir = tempDir({ 'bad.yaml': manyFindings('web', 1) });
      mkfifo(path.join(dir, 'pipe.yaml'));
      const { code, stderr, stdout } = runCli(['check', '--format', 'json', '.'], { cwd: dir });
      assert.equal(code, 2);
      assert.equal(stderr, 'statefulset-studio: cannot read pipe.yaml: it is a named pipe (FIFO), not a regular file\n');
      assert.deepEqual(filesIn(stdout), ['bad.yaml']);
    });

    it('applies --max-file-size (bytes) before reading, in sensible units, and to standard input too', () => {
      const { code, stderr, stdout } = runCli(['check', '--max-file-size', '10', 'examples/db.yaml']);
      assert.equal(code, 2);
      const size = fs.statSync(path.join(ROOT, 'examples/db.yaml')).size;
      assert.equal(stderr, `statefulset-studio: examples/db.yaml not read: it is ${(size / 1024).toFixed(1)} KB, over the 10 B size limit\n`);
      assert.equal(stdout, '');
      const piped = runCli(['check', '--max-file-size', '2048', '-'], { input: 'x'.repeat(3 * 1024 * 1024) });
      assert.equal(piped.code, 2);
      assert.equal(piped.stderr, 'statefulset-studio: <stdin> not read: it holds more than the 2.0 KB size limit\n');
    });
  });

  describe('one policy for unusable inputs (item 14)', () => {
    it('reports each missing, dangling or unreadable input, checks the rest, and exits 2 without the usage text', () => {
      const dir = tempDir({ 'good.yaml': manyFindings('web', 1), 'clean.yaml': CLEAN });
      fs.symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dangling.yaml'));
      fs.mkdirSync(path.join(dir, 'dir.yaml'));
      const { code, stderr, stdout } = runCli(['check', '--format', 'json', 'missing.yaml', '.', 'dangling.yaml', 'no-match-*.yaml'], { cwd: dir });
      assert.equal(code, 2, 'exit 2 wins over 1 (errors found): not everything asked for was checked');
      assert.deepEqual(stderr.trimEnd().split('\n'), [
        'statefulset-studio: cannot read missing.yaml: no such file or directory',
        'statefulset-studio: no files match no-match-*.yaml',
        'statefulset-studio: cannot read dangling.yaml: broken symbolic link (its target does not exist)',
      ]);
      assert.doesNotMatch(stderr, USAGE);
      assert.deepEqual(filesIn(stdout), ['good.yaml']);
    });

    it('checks each file once when a symbolic link leads back to a parent directory', () => {
      const dir = tempDir({ 'web.yaml': manyFindings('web', 2) });
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'db.yaml'), manyFindings('db', 1));
      fs.symlinkSync(dir, path.join(dir, 'sub', 'up'));
      const { code, stdout } = runCli(['check', '--format', 'json', '.', 'sub/up/web.yaml'], { cwd: dir });
      assert.equal(code, 1);
      const findings = JSON.parse(stdout) as { file: string; rule: string }[];
      assert.deepEqual(filesIn(stdout), ['sub/db.yaml', 'web.yaml']);
      assert.equal(findings.filter((f) => f.rule === 'pod-container-image-missing').length, 3, 'two in web.yaml, one in db.yaml, none twice');
    });

    it('writes SARIF artifact URIs with # and ? percent-encoded, and a file URI outside the working directory', () => {
      const dir = tempDir({ 'a#b?c d%.yaml': manyFindings('web', 1) });
      const relative = JSON.parse(runCli(['check', '--format', 'sarif', '.'], { cwd: dir }).stdout);
      assert.equal(relative.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'a%23b%3Fc%20d%25.yaml');
      const absolute = JSON.parse(runCli(['check', '--format', 'sarif', dir]).stdout);
      const uri: string = absolute.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
      assert.equal(uri, `file://${dir}/a%23b%3Fc%20d%25.yaml`);
      assert.equal(decodeURIComponent(new URL(uri).pathname), path.join(dir, 'a#b?c d%.yaml'));
    });

    it('rejects an unknown --rule id with exit 2 and a "did you mean", and accepts every id a finding can have', () => {
      const typo = runCli(['check', '--rule', 'sts-nme-invalid=off', 'examples/db.yaml']);
      assert.equal(typo.code, 2);
      assert.match(typo.stderr, /^statefulset-studio: --rule: unknown rule id sts-nme-invalid; did you mean sts-name-invalid\?\n\nUsage:/);
      const unknown = runCli(['check', '--rule', 'typo=off', 'examples/db.yaml']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /^statefulset-studio: --rule: unknown rule id typo\n/);
      const known = ['sts-name-invalid', 'k8s-schema', 'DUPLICATE_KEY', 'yaml-lenient-indent', 'file-too-large'];
      assert.equal(runCli(['check', ...known.flatMap((id) => ['--rule', `${id}=off`]), 'examples/db.yaml']).code, 0);
    });
  });
});
