// Item 6 of issue #15: every conversion of a document into values has the same alias budget.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../../../src/core/index';
import { parseFile } from '../../../src/core/parse/parseFile';
import { ALIAS_EXPANSION_LIMIT, AliasExpansionError, findAliasExpansionProblem, toPlainValue } from '../../../src/core/parse/toPlainValue';
import { findTarget } from '../../../src/panel/plan';
import { runCli } from './runCli';

/** A StatefulSet whose annotations hold a nine-level "billion laughs" (9^9 strings once expanded). */
const BILLION_LAUGHS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
      annotations:
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
${'bcdefghi'.split('').map((level, i) => {
  const previous = 'abcdefgh'[i];
  return `        ${level}: &${level} [${Array(9).fill(`*${previous}`).join(',')}]`;
}).join('\n')}
    spec:
      containers:
      - name: c
        image: nginx
`;

function rootOf(text: string) {
  return parseFile(text).documents[0].chunk.root;
}

describe('toPlainValue (the alias budget of every conversion into values)', () => {
  it('copies aliases and merge keys into plain values', () => {
    const root = rootOf('base: &b {p: 1, q: [x, z]}\nthing:\n  <<: *b\n  q: 3\ncopy: *b\n');
    assert.deepEqual(toPlainValue(root), { base: { p: 1, q: ['x', 'z'] }, thing: { q: 3, p: 1 }, copy: { p: 1, q: ['x', 'z'] } });
  });

  it('counts every value an alias copies, nested aliases included, and allows exactly the limit', () => {
    // `b` copies a (4 values: the list and its 3 items) twice: 8 copies; `c` copies b (1 + 2 × 4) once: 9 more.
    const root = rootOf('a: &a [1, 2, 3]\nb: &b [*a, *a]\nc: *b\n');
    assert.doesNotThrow(() => toPlainValue(root, 17));
    assert.throws(() => toPlainValue(root, 16), (error: unknown) => error instanceof AliasExpansionError && /copy 17 values \(limit 16\)/.test(error.message));
  });

  it('refuses a billion laughs at once, naming the copies and the limit (go-yaml allowedAliasRatio)', () => {
    const root = rootOf(BILLION_LAUGHS);
    assert.ok(BILLION_LAUGHS.length < 1000, `${BILLION_LAUGHS.length} bytes`);
    const problem = findAliasExpansionProblem(root);
    assert.match(problem ?? '', new RegExp(`^too many alias expansions: the aliases copy \\d{9} values \\(limit ${ALIAS_EXPANSION_LIMIT}\\)\\.$`));
    assert.throws(() => toPlainValue(root), AliasExpansionError);
  });

  it('makes `simulate` of the billion laughs end at once with exit 2 and the message', function () {
    this.timeout(30_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-laughs-'));
    const file = path.join(dir, 'laughs.yaml');
    fs.writeFileSync(file, BILLION_LAUGHS);
    const simulated = runCli(['simulate', file]);
    assert.equal(simulated.code, 2, simulated.stderr);
    assert.match(simulated.stderr, /cannot simulate .*laughs\.yaml: too many alias expansions: the aliases copy \d+ values \(limit 400000\)/);
    assert.ok(simulated.ms < 10_000, `simulate took ${simulated.ms} ms (it ran out of time and memory before)`);
    // `check` keeps aliases shared and reports what it reported before: annotations that are lists.
    const checked = runCli(['check', '--format', 'json', file]);
    assert.equal(checked.code, 1, checked.stderr);
    const findings = JSON.parse(checked.stdout) as { rule: string }[];
    assert.equal(findings.filter((f) => f.rule === 'k8s-schema').length, 9);
  });

  it('makes the panel refuse the billion laughs with the same message instead of expanding it', () => {
    const file = { uri: 'file:///laughs.yaml', parsed: parseFile(BILLION_LAUGHS) };
    const found = findTarget(createLanguageService(), file, { uri: file.uri, name: 'web', namespace: 'default' }, 'laughs.yaml');
    assert.ok('error' in found);
    assert.match(found.error, /^Cannot simulate laughs\.yaml: too many alias expansions: the aliases copy \d+ values \(limit 400000\)\.$/);
  });
});
