// `check --baseline` and `plan` against real git repositories made here, in os.tmpdir(): commits,
// a renamed file, a branch, a detached HEAD, a shallow clone, a baseline with a YAML error, a
// resource moved to another namespace, identities written twice.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { service, web } from './change/fixtures';
import { runCli, tempDir } from './cliRun';
import { forgetOuterRepository, git, repository, write } from './gitRepo';

function plan(dir: string, ...args: string[]) {
  const run = runCli(['plan', '--format', 'json', ...args], { cwd: dir });
  return { ...run, json: run.stdout ? JSON.parse(run.stdout) : undefined };
}

const changes = (json: { resources: { kind: string; namespace: string; name: string; change: string }[] }) =>
  json.resources.map((r) => `${r.kind} ${r.namespace}/${r.name} ${r.change}`);

describe('statefulset-studio plan and check --baseline, against git', () => {
  // Run from a git hook, GIT_DIR and friends would point every git command (ours and the CLI's) at
  // the outer repository; these tests make their own.
  before(forgetOuterRepository);

  it('prints the JSON contract exactly, with the rollout of an image change, and exits 0', () => {
    const dir = repository({ 'web.yaml': `${web({ replicas: 5, partition: 2 })}---\n${service()}` });
    write(dir, 'web.yaml', `${web({ replicas: 5, partition: 2, image: 'nginx:1.25' })}---\n${service()}`);
    const { code, json } = plan(dir, '--baseline', 'HEAD');
    assert.equal(code, 0);
    assert.deepEqual(Object.keys(json), ['baseline', 'resources']);
    assert.equal(json.baseline, 'HEAD');
    const [sts, svc] = json.resources;
    assert.deepEqual(Object.keys(sts), ['kind', 'namespace', 'name', 'file', 'change', 'forbidden', 'rollout']);
    assert.deepEqual(Object.keys(sts.rollout), ['fromRevision', 'toRevision', 'replaced', 'created', 'deleted', 'unchanged', 'claimsCreated', 'waitsFor']);
    assert.deepEqual({ ...sts, rollout: { ...sts.rollout, fromRevision: '', toRevision: '' } }, {
      kind: 'StatefulSet', namespace: 'default', name: 'web', file: 'web.yaml', change: 'updated', forbidden: [],
      rollout: {
        fromRevision: '', toRevision: '', replaced: ['web-4', 'web-3', 'web-2'], created: [], deleted: [], unchanged: ['web-0', 'web-1'], claimsCreated: [],
        waitsFor: 'template changed (image nginx:1.24 → nginx:1.25): RollingUpdate replaces web-4, web-3 and web-2 one at a time, each waits Ready; web-1 and web-0 stay (partition 2)',
      },
    });
    assert.deepEqual(svc, { kind: 'Service', namespace: 'default', name: 'nginx', file: 'web.yaml', change: 'unchanged', forbidden: [], rollout: null });
  });

  it('finds the baseline of a renamed file, reports a larger claim as forbidden with the way out, and exits 1', () => {
    const dir = repository({ 'web.yaml': web() });
    git(dir, 'mv', 'web.yaml', 'statefulset.yaml');
    write(dir, 'statefulset.yaml', web({ storage: '2Gi' }));
    const { code, json } = plan(dir, '--baseline', 'HEAD');
    assert.equal(code, 1);
    assert.deepEqual(changes(json), ['StatefulSet default/web updated']);
    assert.deepEqual(json.resources[0].forbidden.map((f: { path: string; rule: string }) => [f.path, f.rule]), [
      ['spec.volumeClaimTemplates[0].spec.resources.requests.storage', 'sts-update-forbidden'],
    ]);
    assert.equal(json.resources[0].rollout, null);
    const text = runCli(['plan', '--baseline', 'HEAD'], { cwd: dir });
    assert.equal(text.code, 1);
    for (const pvc of ['www-web-0', 'www-web-1', 'www-web-2']) {
      assert.ok(text.stdout.includes(`kubectl patch pvc ${pvc} -n default -p '{"spec":{"resources":{"requests":{"storage":"2Gi"}}}}'`), text.stdout);
    }
    assert.ok(text.stdout.includes('kubectl delete statefulset web -n default --cascade=orphan\n'), text.stdout);
    assert.ok(text.stdout.includes('adopts the running pods (web-0, web-1, web-2) without restarting them.\n       kubectl apply -f statefulset.yaml\n'), text.stdout);
  });

  it('adds the update findings to check in every format, exiting 1, and changes nothing without --baseline', () => {
    const dir = repository({ 'web.yaml': `${web()}---\n${service()}` });
    const edited = `${web({ serviceName: 'web' })}---\n${service('  selector: {app: nginx}\n  ports: [{port: 80}]\n  clusterIP: 10.96.0.9\n', 'nginx')}`;
    write(dir, 'web.yaml', edited);
    const lines = edited.split('\n');
    const json = runCli(['check', '--format', 'json', '--baseline', 'HEAD'], { cwd: dir });
    assert.equal(json.code, 1);
    const findings = JSON.parse(json.stdout);
    const update = findings.filter((f: { rule: string }) => /update/.test(f.rule));
    assert.deepEqual(update.map((f: { rule: string; path: string; range: { start: { line: number } } }) => [f.rule, f.path, lines[f.range.start.line].trim()]), [
      ['sts-update-forbidden', 'spec.serviceName', 'serviceName: web'],
      ['svc-update-cluster-ip-immutable', 'spec.clusterIPs[0]', 'clusterIP: 10.96.0.9'],
    ]);
    assert.deepEqual(Object.keys(update[0]), ['file', 'document', 'kind', 'name', 'path', 'rule', 'severity', 'message', 'range']);
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '--baseline', 'HEAD'], { cwd: dir }).stdout);
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'svc-update-cluster-ip-immutable'));
    assert.match(runCli(['check', '--baseline', 'HEAD'], { cwd: dir }).stdout, /web\.yaml:7:16: error sts-update-forbidden spec: Forbidden: /);
    const without = JSON.parse(runCli(['check', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(without.filter((f: { rule: string }) => /update/.test(f.rule)), []);
  });

  it('compares with a branch, and with HEAD when it is detached', () => {
    const dir = repository({ 'web.yaml': web() });
    git(dir, 'checkout', '-qb', 'release');
    write(dir, 'web.yaml', web({ extra: '  podManagementPolicy: Parallel\n' }));
    git(dir, 'commit', '-qam', 'parallel');
    git(dir, 'checkout', '-q', '--detach', 'main');
    write(dir, 'web.yaml', web({ replicas: 4 }));
    const release = plan(dir, '--baseline', 'release');
    assert.equal(release.code, 1);
    assert.deepEqual(release.json.resources[0].forbidden.map((f: { path: string }) => f.path), ['spec.podManagementPolicy']);
    const detached = plan(dir, '--baseline', 'HEAD');
    assert.equal(detached.code, 0);
    assert.deepEqual(detached.json.resources[0].rollout.created, ['web-3']);
  });

  it('reads a shallow clone', () => {
    const origin = repository({ 'web.yaml': web() });
    write(origin, 'web.yaml', web({ replicas: 2 }));
    git(origin, 'commit', '-qam', 'two');
    const clone = path.join(tempDir(), 'clone');
    git(path.dirname(clone), 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    write(clone, 'web.yaml', web({ replicas: 1 }));
    const { code, json } = plan(clone, '--baseline', 'HEAD');
    assert.equal(code, 0);
    assert.deepEqual(json.resources[0].rollout.deleted, ['web-1']);
  });

  it('treats a resource whose baseline has a YAML error, a file only in the working tree and identities written twice as new, quietly', () => {
    const dir = repository({ 'web.yaml': web().replace('  replicas: 3\n', '  replicas: 3\n   bad: [indent\n'), 'svc.yaml': `${service()}---\n${service()}` });
    write(dir, 'web.yaml', web({ serviceName: 'other' }));
    write(dir, 'svc.yaml', service());
    write(dir, 'new.yaml', service(undefined, 'extra'));
    const { code, json, stderr } = plan(dir, '--baseline', 'HEAD');
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.deepEqual(changes(json), ['Service default/extra created', 'Service default/nginx created', 'StatefulSet default/web created']);
    assert.match(runCli(['plan', '--baseline', 'HEAD'], { cwd: dir }).stdout, /written more than once \(in the inputs or at HEAD\): compared with nothing/);
  });

  it('sees a resource moved to another namespace as deleted there and created here, never as an update', () => {
    const dir = repository({ 'web.yaml': web() });
    write(dir, 'web.yaml', web({ namespace: 'shop', serviceName: 'other' }));
    const { code, json } = plan(dir, '--baseline', 'HEAD');
    assert.equal(code, 0);
    assert.deepEqual(changes(json), ['StatefulSet shop/web created', 'StatefulSet default/web deleted']);
    assert.equal(json.resources[1].file, 'web.yaml');
  });

  it('lists nothing for a comments-only edit, and reports deletions only for the inputs given', () => {
    const dir = repository({ 'a/web.yaml': web(), 'b/svc.yaml': service() });
    write(dir, 'a/web.yaml', `# reviewed\n${web().replace('replicas: 3', 'replicas: 3 # three')}`);
    fs.rmSync(path.join(dir, 'b', 'svc.yaml'));
    assert.deepEqual(changes(plan(dir, '--baseline', 'HEAD', 'a').json), ['StatefulSet default/web unchanged']);
    assert.deepEqual(changes(plan(dir, '--baseline', 'HEAD', 'a', 'b').json), ['StatefulSet default/web unchanged', 'Service default/nginx deleted']);
  });

  it('writes markdown for a pull-request comment', () => {
    const dir = repository({ 'web.yaml': web() });
    write(dir, 'web.yaml', web({ image: 'nginx:1.25' }));
    const { code, stdout } = runCli(['plan', '--baseline', 'HEAD', '--format', 'markdown'], { cwd: dir });
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('### Changes against `HEAD`\n\n| resource | change | file |\n|---|---|---|\n| StatefulSet default\\/web | updated | web\\.yaml |\n'), stdout);
    assert.match(stdout, /#### StatefulSet `default\/web`/);
  });

  it('exits 2 with a message for a bad ref, outside a repository, or without --baseline', () => {
    const dir = repository({ 'web.yaml': web() });
    const bad = runCli(['plan', '--baseline', 'no-such-branch'], { cwd: dir });
    assert.deepEqual([bad.code, bad.stdout], [2, '']);
    assert.match(bad.stderr, /^statefulset-studio: --baseline no-such-branch: not a commit of this repository/);
    assert.equal(runCli(['check', '--baseline', '--upload-pack=x', 'web.yaml'], { cwd: dir }).code, 2);
    const outside = runCli(['check', '--baseline', 'HEAD', '.'], { cwd: tempDir({ 'web.yaml': web() }) });
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /--baseline reads git: .* is not in a git repository/);
    const missing = runCli(['plan'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /plan needs --baseline REF/);
  });
});
