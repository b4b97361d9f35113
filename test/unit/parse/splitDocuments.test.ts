import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { splitDocuments } from '../../../src/core/parse/splitDocuments';
import { parseFile } from '../../../src/core/parse/parseFile';

const countYamlDocuments = (text: string) => {
  const docs = parseAllDocuments(text);
  return Array.isArray(docs) ? docs.length : 0;
};

describe('splitDocuments', () => {
  it('cuts before every --- line and keeps the marker with its document', () => {
    const text = 'a: 1\n---\nb: 2\n--- # c\nc: 3\n';
    assert.deepEqual(
      splitDocuments(text).map((c) => text.slice(c.start, c.end)),
      ['a: 1\n', '---\nb: 2\n', '--- # c\nc: 3\n'],
    );
  });

  it('keeps a leading comment block with the first document, as parseAllDocuments does', () => {
    const text = '# header\n---\na: 1\n';
    assert.deepEqual(splitDocuments(text), [{ start: 0, end: text.length }]);
  });

  it('does not cut at --- inside a longer token or when indented', () => {
    const text = 'a: |\n  ---\n---x: 1\n';
    assert.equal(splitDocuments(text).length, 1);
  });

  it('numbers documents exactly as parseAllDocuments does, for any stream of documents', () => {
    const line = fc.constantFrom('a: 1', 'b: [1, 2]', '# comment', '', '---', '--- # c', '...', 'c: |', '  text', '- x', '%YAML 1.1', '  ---');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const ours = parseFile(text).documents.length;
        assert.equal(ours, countYamlDocuments(text), JSON.stringify(text));
      }),
      { numRuns: 400 },
    );
  });
});
