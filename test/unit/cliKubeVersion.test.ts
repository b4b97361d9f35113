// `--kube-version X.Y` of check, plan and explain (docs/validation.md §11), through the bundled CLI.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli, tempDir } from './cliRun';
import { WEB_EXAMPLE } from './helpers';

const WITH_HOSTNAME_OVERRIDE = WEB_EXAMPLE.replace('      terminationGracePeriodSeconds: 10\n', '      terminationGracePeriodSeconds: 10\n      hostnameOverride: db\n');
const LIST = '1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36';

describe('statefulset-studio --kube-version', () => {
  const dir = tempDir({ 'web.yaml': WITH_HOSTNAME_OVERRIDE });
  const file = path.join(dir, 'web.yaml');

  it('checks against the API of the version given: a field newer than 1.33 is unknown there, known by default', () => {
    const older = runCli(['check', '--format', 'json', '--kube-version', '1.33', file]);
    assert.equal(older.code, 1, older.stderr);
    const findings = JSON.parse(older.stdout) as { rule: string; path: string }[];
    assert.deepEqual(findings.filter((f) => f.rule === 'k8s-schema').map((f) => f.path), ['spec.template.spec.hostnameOverride']);
    assert.equal(runCli(['check', file]).code, 0);
    assert.equal(runCli(['check', '--kube-version=v1.36.2', file]).code, 0);
  });

  it('refuses a version it does not model with exit 2 and the list of versions', () => {
    for (const command of [['check', file], ['plan', '--baseline', 'HEAD', file], ['explain', 'sts.spec']]) {
      const run = runCli([...command, '--kube-version', '1.29']);
      assert.equal(run.code, 2, command.join(' '));
      assert.match(run.stderr, new RegExp(`--kube-version takes a Kubernetes minor version, one of ${LIST} \\(got 1\\.29\\)`));
    }
  });

  it('says in the usage what the option does and which versions it takes', () => {
    const help = runCli(['--help']).stdout;
    assert.match(help, /check \[.*--kube-version X\.Y/);
    assert.match(help, new RegExp(`--kube-version X\\.Y check, plan and explain: the Kubernetes minor version to check against,\\n\\s+one of ${LIST} \\(default 1\\.36\\)`));
  });

  it('explains the API of the version given and prints which API that is', () => {
    const older = runCli(['explain', '--kube-version', '1.34', 'StatefulSet.spec.template.spec']);
    assert.equal(older.code, 0, older.stderr);
    assert.match(older.stdout, /VERSION: {4}apps\/v1 {3}\(Kubernetes 1\.33 API, the nearest the checker has to the targeted 1\.34\)/);
    assert.doesNotMatch(older.stdout, /hostnameOverride/);
    assert.match(runCli(['explain', 'StatefulSet.spec.template.spec']).stdout, /\n {2}hostnameOverride\t<string>/);
    assert.equal(runCli(['explain', '--kube-version', '1.33', 'StatefulSet.spec.template.spec.hostnameOverride']).code, 2);
  });
});
