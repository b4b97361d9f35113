// Real manifests written by others (test/fixtures/corpus, provenance in its SOURCES.md): no crash,
// the real problems found, no false alarm on the correct ones. Each project's files are checked
// together, as its users would.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFiles } from '../../src/core/check';
import { LineIndex } from '../../src/core/parse/lineIndex';
import { parseFile } from '../../src/core/parse/parseFile';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');

function checkGroup(dir: string, names: readonly string[]) {
  const files = names.map((name) => {
    const text = fs.readFileSync(path.join(CORPUS, dir, name), 'utf8');
    return { uri: name, text, parsed: parseFile(text) };
  });
  const results = checkFiles(files.map((f) => ({ uri: f.uri, parsed: f.parsed })));
  return files.flatMap((f) => {
    const lines = new LineIndex(f.text);
    return results.get(f.uri)!.map((d) => ({ ...d, line: lines.positionAt(d.range.start).line + 1 }));
  });
}

function listGroup(prefix: string): string[] {
  return fs.readdirSync(path.join(CORPUS, 'plain')).filter((f) => f.startsWith(prefix)).sort();
}

/** Errors and warnings as `file:line rule` (hints and information are not judged here). */
function serious(dir: string, names: readonly string[]): string[] {
  return checkGroup(dir, names)
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.uri}:${d.line} ${d.ruleId}`);
}

describe('the corpus of real manifests', () => {
  it('finds the real problems of the Kubernetes e2e manifests: removed apiVersions, missing selectors, a missing Service', () => {
    assert.deepEqual(serious('plain', listGroup('k8s-e2e__')), [
      'k8s-e2e__etcd-statefulset.yaml:7 sts-selector-missing',
      'k8s-e2e__nginx-statefulset.yaml:1 sts-api-version-removed',
      'k8s-e2e__redis-statefulset.yaml:1 sts-api-version-removed',
      'k8s-e2e__redis-statefulset.yaml:5 sts-selector-missing',
      'k8s-e2e__redis-statefulset.yaml:6 sts-service-not-found',
      'k8s-e2e__zookeeper-statefulset.yaml:1 sts-api-version-removed',
      'k8s-e2e__zookeeper-statefulset.yaml:5 sts-selector-missing',
    ]);
  });

  it('finds that the website’s RabbitMQ example governs its pods with a Service that is not headless', () => {
    assert.deepEqual(serious('plain', listGroup('k8s-website__')), ['k8s-website__rabbitmq-statefulset.yaml:13 sts-service-not-headless']);
  });

  it('finds the CockroachDB example’s template volume shadowed by its claim template', () => {
    assert.deepEqual(serious('plain', listGroup('k8s-examples__')), ['k8s-examples__cockroachdb-statefulset.yaml:165 vct-shadows-volume']);
  });

  it('raises nothing on kube-thanos, as separate files or as the 56-document bundle', () => {
    assert.deepEqual(serious('plain', listGroup('kube-thanos__thanos-')), []);
    assert.deepEqual(serious('plain', ['kube-thanos__all-manifests-concatenated.yaml']), []);
  });

  it('warns only that the Argo CD and ECK controllers name Services their bundles do not define', () => {
    for (const [file, line] of [['argo-cd__install.yaml', 33772], ['argo-cd__namespace-install.yaml', 2422], ['argo-cd__ha-namespace-install.yaml', 3456], ['eck__v350-install.yaml', 509]] as const) {
      assert.deepEqual(serious('plain', [file]), [`${file}:${line} sts-service-not-found`]);
    }
  });

  it('never reports an internal error, and the lenient decoder keeps the e2e redis manifest free of YAML errors', () => {
    const all = checkGroup('plain', listGroup(''));
    assert.deepEqual(all.filter((d) => d.ruleId === 'internal-error'), []);
    assert.deepEqual(all.filter((d) => d.uri.includes('redis') && /^[A-Z_]+$/.test(d.ruleId)).map((d) => d.ruleId), []);
  });

  it('says where every file comes from: SOURCES.md lists exactly the files of plain/ and helm/', () => {
    const files = ['plain', 'helm'].flatMap((dir) => fs.readdirSync(path.join(CORPUS, dir)).map((name) => `${dir}/${name}`)).sort();
    const sources = fs.readFileSync(path.join(CORPUS, 'SOURCES.md'), 'utf8');
    const listed = [...sources.matchAll(/^\| `((?:plain|helm)\/[^`]+)` \| .*\| (Apache-2\.0|CC-BY-4\.0|MPL-2\.0|Elastic-2\.0) \|$/gm)].map((m) => m[1]).sort();
    assert.deepEqual(listed, files);
    for (const licence of new Set([...sources.matchAll(/\| (Apache-2\.0|CC-BY-4\.0|MPL-2\.0|Elastic-2\.0) \|$/gm)].map((m) => m[1]))) {
      assert.ok(fs.existsSync(path.join(CORPUS, 'LICENSES', `${licence}.txt`)), licence);
    }
  });

  it('skips every Helm template with exactly one information notice, no error and no crash', () => {
    const names = fs.readdirSync(path.join(CORPUS, 'helm')).sort();
    assert.ok(names.length >= 9);
    const diagnostics = checkGroup('helm', names);
    assert.deepEqual(diagnostics.map((d) => `${d.uri} ${d.ruleId} ${d.severity}`), names.map((n) => `${n} helm-template-skipped information`));
  });
});
