// The bundled CLI as users and CI run it (dist/cli.js, built by `npm run build` before the tests).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string) {
  // English whatever the machine's locale: these tests assert English text.
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('statefulset-studio CLI', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first'));

  it('prints the JSON contract with 0-based positions and exits 1 on errors', () => {
    const { code, stdout } = run(['check', '--format', 'json', 'examples/broken/service-not-headless.yaml']);
    assert.equal(code, 1);
    const findings = JSON.parse(stdout);
    const finding = findings.find((f: { rule: string }) => f.rule === 'sts-service-not-headless');
    assert.deepEqual(Object.keys(finding), ['file', 'document', 'kind', 'name', 'path', 'rule', 'severity', 'message', 'range']);
    assert.deepEqual(
      { file: finding.file, document: finding.document, kind: finding.kind, name: finding.name, path: finding.path, severity: finding.severity, range: finding.range },
      {
        file: 'examples/broken/service-not-headless.yaml', document: 1, kind: 'StatefulSet', name: 'cache', path: 'spec.serviceName', severity: 'error',
        range: { start: { line: 16, character: 15 }, end: { line: 16, character: 20 } },
      },
    );
  });

  it('resolves a Service in another file when the files are checked together, and exits 0 when clean', () => {
    const { code, stdout } = run(['check', '--format', 'json', 'examples/db.yaml', 'examples/db-service.yaml']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).filter((f: { severity: string }) => f.severity === 'error' || f.severity === 'warning'), []);
    const alone = run(['check', '--format', 'json', 'examples/db.yaml']);
    assert.deepEqual(JSON.parse(alone.stdout).map((f: { rule: string }) => f.rule), ['sts-service-not-found']);
  });

  it('writes compiler-style text lines, 1-based', () => {
    const { stdout } = run(['check', 'examples/broken/service-not-headless.yaml']);
    assert.match(stdout, /^examples\/broken\/service-not-headless\.yaml:17:16: error sts-service-not-headless spec\.serviceName "cache"/m);
  });

  it('writes SARIF 2.1.0 with the rule registry and 1-based regions', () => {
    const sarif = JSON.parse(run(['check', '--format', 'sarif', 'examples/broken/service-not-headless.yaml']).stdout);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'sts-service-not-headless');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 17, startColumn: 16, endLine: 17, endColumn: 21 });
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'sts-service-not-headless'));
  });

  it('reads standard input with -', () => {
    const { code, stdout } = run(['check', '--format', 'json', '-'], 'apiVersion: apps/v1beta1\nkind: StatefulSet\nmetadata: {name: web}\n');
    assert.equal(code, 1);
    assert.ok(JSON.parse(stdout).some((f: { rule: string; file: string }) => f.rule === 'sts-api-version-removed' && f.file === '<stdin>'));
  });

  it('exits 2 with a message on stderr for bad usage and unreadable input', () => {
    for (const args of [['check', '--format', 'xml'], ['check', 'no/such/file.yaml'], ['frobnicate'], ['check', '--bogus'], ['explain', 'Pod.spec']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^statefulset-studio: /);
    }
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-cli-'));
    const { code, stderr } = run(['check', empty]);
    assert.equal(code, 2);
    assert.match(stderr, /no YAML files found/);
  });

  it('explains a field offline, like kubectl explain', () => {
    const { code, stdout } = run(['explain', 'StatefulSet.spec.podManagementPolicy']);
    assert.equal(code, 0);
    assert.match(stdout, /FIELD: podManagementPolicy <string>/);
    assert.match(stdout, /ENUM:\n {4}"OrderedReady"\n {4}"Parallel"/);
    assert.match(stdout, /Kubernetes 1\.36 API/);
  });
});
