// The editor's asynchronous git baseline (src/baseline), against real repositories made in
// os.tmpdir(): read once per commit in one batch, read again when a commit or an amend moves HEAD,
// quiet (one information line) for a bad ref, a directory outside any repository and a baseline
// that does not parse; and the lookup that matches working-tree resources by identity.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromBaselineUri, toBaselineUri } from '../../../src/baseline/baselineUri';
import { GitBaselines } from '../../../src/baseline/gitBaselines';
import { findRepository, isProblem, readYamlFiles, resolveCommit } from '../../../src/baseline/gitReader';
import { collectResources } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import { service, web } from '../change/fixtures';
import { tempDir } from '../cliRun';
import { forgetOuterRepository, git, repository, write } from '../gitRepo';

function baselines(ref = 'HEAD') {
  const said: string[] = [];
  return { store: new GitBaselines({ ref, maxFileSize: 5 * 1024 * 1024, info: (m) => said.push(m) }), said };
}

/** The working tree's resources of `file` in `dir`, named by their file path, as the editor names them. */
function workingResources(dir: string, file: string) {
  const absolute = path.join(dir, file);
  return collectResources([{ uri: absolute, parsed: parseFile(fs.readFileSync(absolute, 'utf8')) }]);
}

describe('the git baseline of the editor (src/baseline)', () => {
  before(forgetOuterRepository);

  it('finds the repository, resolves HEAD and reads every YAML file of the commit in one batch', async () => {
    const dir = repository({ 'k8s/web.yaml': web(), 'svc.yml': service(), 'README.md': '# not yaml\n' });
    const repo = await findRepository(path.join(dir, 'k8s'));
    assert.ok(!isProblem(repo));
    assert.equal(fs.realpathSync(repo.top), fs.realpathSync(dir));
    assert.equal(repo.commonDir, repo.gitDir);
    const commit = await resolveCommit(repo.top, 'HEAD');
    assert.equal(commit, git(dir, 'rev-parse', 'HEAD'));
    const files = await readYamlFiles(repo.top, commit as string);
    assert.ok(!isProblem(files));
    assert.deepEqual([...files.keys()].sort(), ['k8s/web.yaml', 'svc.yml']);
    assert.equal(files.get('k8s/web.yaml')!.toString('utf8'), web());
  });

  it('says why for a directory outside any repository and for a ref that names nothing, without throwing', async () => {
    const outside = await findRepository(tempDir());
    assert.ok(isProblem(outside));
    const dir = repository({ 'web.yaml': web() });
    const bad = await resolveCommit(dir, 'origin/nope');
    assert.ok(isProblem(bad));
    assert.ok(isProblem(await resolveCommit(dir, '--output=x')));
    const gone = tempDir();
    fs.rmSync(gone, { recursive: true });
    const missing = await resolveCommit(gone, 'HEAD');
    assert.ok(isProblem(missing) && missing.problem.includes('is not a directory'), 'a deleted directory is not "git is not installed"');
  });

  it('matches a working-tree StatefulSet with its committed version and names the baseline file by path and ref', async () => {
    const dir = repository({ 'web.yaml': web() });
    write(dir, 'web.yaml', web({ serviceName: 'other' }));
    const { store, said } = baselines();
    let changes = 0;
    store.onDidChange(() => changes++);
    assert.equal(await store.load([dir]), true);
    assert.equal(changes, 1);
    const working = workingResources(dir, 'web.yaml');
    const lookup = store.lookupFor(working, (uri) => uri);
    const before = lookup(working[0]);
    assert.equal(before?.uri, toBaselineUri(path.join(fs.realpathSync(dir), 'web.yaml'), 'HEAD'));
    assert.equal(store.textOf(before!.uri), web());
    assert.deepEqual(said, []);
    assert.equal(await store.load([dir]), false, 'a second load reads nothing');
  });

  it('reads the baseline again only when a commit or an amend moves HEAD', async () => {
    const dir = repository({ 'web.yaml': web() });
    const { store } = baselines();
    await store.load([dir]);
    const first = store.baselines()[0].commit;
    assert.equal(await store.refresh(), false, 'HEAD did not move');
    assert.equal(store.baselines()[0].commit, first);
    write(dir, 'web.yaml', web({ serviceName: 'other' }));
    git(dir, 'commit', '-qam', 'rename the Service');
    assert.equal(await store.refresh(), true);
    const second = store.baselines()[0];
    assert.notEqual(second.commit, first);
    const working = workingResources(dir, 'web.yaml');
    assert.match(store.textOf(store.lookupFor(working, (uri) => uri)(working[0])!.uri)!, /serviceName: other/);
    write(dir, 'web.yaml', web({ serviceName: 'third' }));
    git(dir, 'commit', '-qa', '--amend', '-m', 'amended');
    assert.equal(await store.refresh(), true);
    assert.notEqual(store.baselines()[0].commit, second.commit);
  });

  it('finds a repository made after the directory was first looked up (git init in the workspace) on refresh', async () => {
    const dir = tempDir();
    write(dir, 'web.yaml', web());
    const { store } = baselines();
    assert.equal(await store.load([dir]), false);
    assert.equal(store.baselines().length, 0, 'not a repository yet');
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'baseline');
    assert.equal(await store.refresh(), true, 'the new repository is found and read');
    assert.deepEqual(store.baselines().map((b) => fs.realpathSync(b.repository.top)), [fs.realpathSync(dir)]);
    assert.equal(await store.refresh(), false, 'nothing moved: nothing read again');
  });

  it('has no baseline, and says so once, for a bad ref and outside a repository', async () => {
    const dir = repository({ 'web.yaml': web() });
    const { store, said } = baselines('origin/nope');
    assert.equal(await store.load([dir, dir]), false);
    await store.refresh();
    assert.deepEqual(store.baselines(), []);
    assert.equal(said.length, 1);
    assert.match(said[0], /^No baseline for /);
    const outside = baselines();
    await outside.store.load([tempDir(), tempDir()]);
    assert.equal(outside.said.length, 1, outside.said.join('\n'));
  });

  it('leaves out a committed document with a YAML error: its working-tree resource counts as new', async () => {
    const dir = repository({ 'web.yaml': web().replace('  replicas: 3\n', '  replicas: 3\n   bad: [indent\n') });
    write(dir, 'web.yaml', web());
    const { store } = baselines();
    await store.load([dir]);
    const working = workingResources(dir, 'web.yaml');
    assert.equal(store.lookupFor(working, (uri) => uri)(working[0]), undefined);
  });

  it('round-trips a baseline uri with spaces and # in the path', () => {
    const uri = toBaselineUri('/work/my repo/#1/web.yaml', 'origin/main');
    assert.equal(uri, 'statefulset-baseline:/work/my%20repo/%231/web.yaml?ref=origin%2Fmain');
    const parsed = new URL(uri);
    assert.deepEqual(fromBaselineUri({ scheme: 'statefulset-baseline', path: decodeURIComponent(parsed.pathname), query: parsed.search.slice(1) }), {
      path: '/work/my repo/#1/web.yaml', ref: 'origin/main',
    });
  });
});
