// Item 11 of issue #15: the document reads as Kubernetes' decoder (go-yaml v2) reads it.
import * as assert from 'node:assert/strict';
import { checkFiles } from '../../../src/core/check';
import { getPath } from '../../../src/core/model/access';
import type { YScalar } from '../../../src/core/model/types';
import { LineIndex } from '../../../src/core/parse/lineIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import { checkText, WEB_EXAMPLE } from '../helpers';

function problemsOf(text: string) {
  return parseFile(text).documents.flatMap((doc) => doc.chunk.problems.map((p) => ({ code: p.code, message: p.message, at: doc.offset + p.range.start })));
}

function valueAt(text: string, path: string, document = 0) {
  return (getPath(parseFile(text).documents[document].chunk.root, path) as YScalar).value;
}

describe('reading YAML as go-yaml v2 does', () => {
  describe('aliases (decode.go d.alias: "unknown anchor \'x\' referenced")', () => {
    it('reports an alias to an anchor that is not defined as an error on the alias', () => {
      const text = 'a: 1\nb: *nowhere\n';
      assert.deepEqual(problemsOf(text), [{ code: 'yaml-unknown-anchor', at: 8, message: "unknown anchor 'nowhere' referenced: an alias must name an anchor defined earlier in the same document. Kubernetes rejects the document." }]);
    });

    it('reports an alias to an anchor of another document, or defined after it', () => {
      assert.deepEqual(problemsOf('a: &x 1\n---\nb: *x\n').map((p) => [p.code, p.at]), [['yaml-unknown-anchor', 15]]);
      assert.deepEqual(problemsOf('b: *x\na: &x 1\n').map((p) => [p.code, p.at]), [['yaml-unknown-anchor', 3]]);
      assert.deepEqual(problemsOf('b: {<<: *x}\n').map((p) => [p.code, p.at]), [['yaml-unknown-anchor', 8]]);
    });

    it('keeps a defined alias quiet', () => {
      assert.deepEqual(problemsOf('a: &x 1\nb: *x\n'), []);
      assert.equal(valueAt('a: &x 1\nb: *x\n', 'b'), 1);
    });
  });

  describe('control characters (reader.go yaml_parser_update_buffer)', () => {
    it('reports a NUL inside kind instead of silently skipping the resource', () => {
      const text = WEB_EXAMPLE.replace('kind: StatefulSet', 'kind: Stateful\u0000Set');
      const at = text.indexOf('\u0000');
      const errors = checkText(text).filter((d) => d.ruleId === 'yaml-control-character');
      assert.deepEqual(errors.map((d) => [d.severity, d.range.start, d.message]), [['error', at, 'control characters are not allowed (U+0000): Kubernetes rejects the document.']]);
    });

    it('allows tab, line breaks, NEL, the BOM and characters outside the BMP, and refuses DEL and C1 controls', () => {
      assert.deepEqual(problemsOf('\ufeffa: "x\ty\u0085z 🙂 名"\n'), []);
      assert.deepEqual(problemsOf('a: x\u007f\n').map((p) => [p.code, p.at]), [['yaml-control-character', 4]]);
      assert.deepEqual(problemsOf('a: 1\n---\nb: \u0090\n').map((p) => [p.code, p.at]), [['yaml-control-character', 12]]);
    });
  });

  describe('line breaks (reader.go is_break: CR, LF and CRLF)', () => {
    it('reads a file with lone CR line endings as the same file with LF', () => {
      const broken = WEB_EXAMPLE.replace(/replicas: \d+/, 'replicas: -1');
      const lf = checkText(broken).map((d) => [d.ruleId, d.range.start, d.message]);
      const cr = checkText(broken.replace(/\n/g, '\r')).map((d) => [d.ruleId, d.range.start, d.message]);
      assert.ok(lf.length > 0);
      assert.deepEqual(cr, lf);
      assert.equal(parseFile('a: 1\r---\rb: 2\r').documents.length, 2);
    });

    it('counts lines at LF, CRLF and a lone CR (LineIndex)', () => {
      const index = new LineIndex('a\rb\r\nc\nd');
      assert.deepEqual([0, 2, 5, 7].map((offset) => index.positionAt(offset)), [
        { line: 0, character: 0 }, { line: 1, character: 0 }, { line: 2, character: 0 }, { line: 3, character: 0 },
      ]);
      assert.equal(index.lineCount, 4);
      assert.equal(index.offsetAt({ line: 1, character: 0 }), 2);
    });
  });

  describe('explicit scalar tags (resolve.go resolve)', () => {
    it('resolves !!int, !!float, !!bool and !!null on quoted and plain scalars as go-yaml does', () => {
      const text = 'a: !!int "2"\nb: !!int 0x10\nc: !!float "1"\nd: !!bool "yes"\ne: !!null "~"\nf: !!str 2\ng: !!float 1.5\n';
      assert.deepEqual(problemsOf(text), []);
      assert.deepEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => valueAt(text, key)), [2, 16, 1, true, null, '2', 1.5]);
    });

    it('refuses a value that is not of its tag with go-yaml\'s message', () => {
      assert.deepEqual(problemsOf('a: !!int "abc"\nb: !!int 1.5\nc: !!bool "1"\n').map((p) => [p.code, p.message]), [
        ['TAG_RESOLVE_FAILED', 'cannot decode !!str `abc` as a !!int'],
        ['TAG_RESOLVE_FAILED', 'cannot decode !!float `1.5` as a !!int'],
        ['TAG_RESOLVE_FAILED', 'cannot decode !!int `1` as a !!bool'],
      ]);
    });

    it('gives `replicas: !!int "2"` no finding, as kubectl applies it', () => {
      const text = WEB_EXAMPLE.replace(/replicas: \d+/, 'replicas: !!int "2"');
      assert.notEqual(text, WEB_EXAMPLE);
      assert.deepEqual(checkText(text).filter((d) => d.severity === 'error'), checkText(WEB_EXAMPLE).filter((d) => d.severity === 'error'));
    });
  });

  describe('what was fine stays fine', () => {
    it('handles a file of 1,000,000 tiny documents in bounded time', function () {
      this.timeout(60_000);
      const text = '---\na: 1\n'.repeat(1_000_000);
      const started = process.hrtime.bigint();
      const parsed = parseFile(text, { maxFileSize: Infinity });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.equal(parsed.documents.length, 1_000_000);
      assert.ok(ms < 20_000, `took ${ms} ms`); // about 1 s alone on this machine
    });

    it('answers deep nesting with a diagnostic, not a crash', () => {
      for (const text of ['['.repeat(10_000) + ']'.repeat(10_000), Array.from({ length: 3_000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n']) {
        const diagnostics = checkFiles([{ uri: 'file:///deep.yaml', parsed: parseFile(text, { maxFileSize: Infinity }) }]).get('file:///deep.yaml')!;
        assert.ok(diagnostics.length > 0);
        assert.ok(diagnostics.every((d) => d.ruleId !== 'internal-error'));
      }
    });
  });
});
