import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkFiles } from '../../../src/core/check';
import { getPath } from '../../../src/core/model/access';
import type { YScalar } from '../../../src/core/model/types';
import { parseFile } from '../../../src/core/parse/parseFile';
import type { ParsedChunk } from '../../../src/core/parse/parseChunk';
import { checkText, WEB_EXAMPLE } from '../helpers';

describe('parseFile', () => {
  it('reads scalars as Kubernetes does: YAML 1.1 booleans and octals, no timestamps', () => {
    const [doc] = parseFile('a: yes\nb: 0777\nc: 2001-12-14\nd: 1:20\ne: "yes"\n').documents;
    const value = (key: string) => (getPath(doc.chunk.root, key) as YScalar).value;
    assert.deepEqual(['a', 'b', 'c', 'd', 'e'].map(value), [true, 511, '2001-12-14', '1:20', 'yes']);
  });

  it('resolves aliases and merge keys, explicit keys winning over merged ones', () => {
    const [doc] = parseFile('base: &b {p: 1, q: 2}\nthing:\n  <<: *b\n  q: 3\n').documents;
    assert.equal((getPath(doc.chunk.root, 'thing.p') as YScalar).value, 1);
    assert.equal((getPath(doc.chunk.root, 'thing.q') as YScalar).value, 3);
  });

  it('reports a syntax error in one document and still checks the others', () => {
    const text = 'a: [1, 2\n---\n' + WEB_EXAMPLE;
    const diagnostics = checkText(text);
    assert.ok(diagnostics.some((d) => d.document === 0 && d.severity === 'error'), 'syntax error in document 0');
    assert.equal(parseFile(text).documents.length, 3);
  });

  it('accepts a quoted scalar continued at its key’s indentation, as kubectl does, with only a hint', () => {
    const text = 'metadata:\n  annotations:\n    x: \'[\n      1\n    ]\'\n';
    const serious = checkText(text).filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(serious, []);
    assert.deepEqual(checkText(text).map((d) => d.ruleId), ['yaml-lenient-indent']);
  });

  it('skips a Helm template with one information diagnostic', () => {
    const text = 'apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  replicas: {{ .Values.replicas }}\n{{- if .Values.x }}\n  foo: bar\n{{- end }}\n';
    const diagnostics = checkText(text);
    assert.deepEqual(diagnostics.map((d) => [d.ruleId, d.severity]), [['helm-template-skipped', 'information']]);
  });

  it('still checks plain YAML that carries {{ }} inside quoted and block strings', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "{{ .app }}"\n  b: |\n    {{ .x }}\n';
    assert.equal(parseFile(text).helm, false);
  });

  it('answers an alias bomb quickly without expanding it', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const text = levels.join('\n') + '\nkind: StatefulSet\napiVersion: apps/v1\nmetadata: {name: bomb}\nspec: {template: {spec: {containers: *a11}}}\n';
    const started = process.hrtime.bigint();
    const diagnostics = checkText(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(Array.isArray(diagnostics));
    assert.ok(ms < 5000, `took ${ms} ms`);
  });

  it('refuses a file over the size limit with a clear message instead of parsing it', () => {
    const big = 'a: ' + 'x'.repeat(20 * 1024 * 1024) + '\n';
    const parsed = parseFile(big);
    assert.equal(parsed.documents.length, 0);
    const [diagnostic] = checkFiles([{ uri: 'file:///big.yaml', parsed }]).get('file:///big.yaml')!;
    assert.equal(diagnostic.ruleId, 'file-too-large');
    assert.match(diagnostic.message, /20\.0 MB, over the 5\.0 MB limit/);
    // A tiny limit is said in bytes, not as "0.0 MB" (issue #15, item 14).
    assert.match(parseFile('a: 1\n'.repeat(20), { maxFileSize: 10 }).skipped ?? '', /it is 100 B, over the 10 B limit/);
  });

  it('re-parses only the edited document when given the previous chunks', () => {
    const docs = Array.from({ length: 20 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`);
    const cache = new Map<string, ParsedChunk>();
    const before = parseFile(docs.join('---\n'), { cache });
    docs[7] = docs[7].replace('c7', 'changed');
    const after = parseFile(docs.join('---\n'), { cache });
    const reused = after.documents.filter((d, i) => d.chunk === before.documents[i].chunk).length;
    assert.equal(reused, 19);
  });

  it('never throws and always returns, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const diagnostics = checkFiles([{ uri: 'file:///x.yaml', parsed: parseFile(text) }]).get('file:///x.yaml');
        assert.ok(Array.isArray(diagnostics));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a real manifest (deleted, duplicated and swapped lines)', () => {
    const lines = WEB_EXAMPLE.split('\n');
    const mutation = fc.array(fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1), fc.constantFrom('drop', 'dup', 'swap', 'dedent', 'indent')), { maxLength: 6 });
    fc.assert(
      fc.property(mutation, (ops) => {
        const mutated = [...lines];
        for (const [i, j, op] of ops) {
          if (op === 'drop') mutated.splice(i, 1);
          else if (op === 'dup') mutated.splice(i, 0, mutated[j] ?? '');
          else if (op === 'swap') [mutated[i], mutated[j]] = [mutated[j] ?? '', mutated[i] ?? ''];
          else if (op === 'dedent') mutated[i] = (mutated[i] ?? '').replace(/^ {2}/, '');
          else mutated[i] = '  ' + (mutated[i] ?? '');
        }
        const text = mutated.join('\n');
        const result = checkFiles([{ uri: 'file:///m.yaml', parsed: parseFile(text) }]).get('file:///m.yaml');
        assert.ok(Array.isArray(result));
        assert.ok(result!.every((d) => d.ruleId !== 'internal-error'), JSON.stringify(result!.filter((d) => d.ruleId === 'internal-error')));
      }),
      { numRuns: 300 },
    );
  });
});
