// Item 3 of issue #15: the lenient reading of under-indented quoted scalars has no cliff. It used
// to re-parse once per line break (at most 50): 50 values gave 50 hints, 51 gave 102 errors.
import * as assert from 'node:assert/strict';
import { getPath } from '../../../src/core/model/access';
import type { YScalar } from '../../../src/core/model/types';
import { parseFile } from '../../../src/core/parse/parseFile';

function annotations(count: number, lineBreak = '\n'): string {
  const lines = ['metadata:', '  annotations:'];
  for (let i = 0; i < count; i++) lines.push(`    a${i}: 'first ${i}`, `    second ${i}'`);
  return lines.join(lineBreak) + lineBreak;
}

function problemCodes(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const problem of parseFile(text).documents[0].chunk.problems) counts[problem.code] = (counts[problem.code] ?? 0) + 1;
  return counts;
}

describe('lenient quoted scalars (go-yaml yaml_parser_scan_flow_scalar ignores indentation)', () => {
  for (const count of [50, 51, 5_000]) {
    it(`gives ${count} under-indented values ${count} hints and no error`, function () {
      this.timeout(30_000);
      const text = annotations(count);
      assert.deepEqual(problemCodes(text), { 'yaml-lenient-indent': count });
      const [doc] = parseFile(text).documents;
      const last = getPath(doc.chunk.root, `metadata.annotations.a${count - 1}`) as YScalar;
      assert.equal(String(last.value).replace(/\s+/g, ' '), `first ${count - 1} second ${count - 1}`);
    });
  }

  it('relaxes every under-indented line of one scalar, and CRLF line breaks whole', () => {
    const text = "a: 'one\r\ntwo\r\n  deeper\r\nthree'\r\nb: 1\r\n";
    const [doc] = parseFile(text).documents;
    assert.deepEqual(doc.chunk.problems.map((p) => [p.code, p.range.start]), [['yaml-lenient-indent', 7], ['yaml-lenient-indent', 22]]);
    assert.equal(String((getPath(doc.chunk.root, 'a') as YScalar).value).replace(/\s+/g, ' '), 'one two deeper three');
    assert.equal((getPath(doc.chunk.root, 'b') as YScalar).value, 1);
  });

  it('still reports a quote that is never closed, without hints', () => {
    const codes = problemCodes("a: 'open\nb: 1\n");
    assert.equal(codes['yaml-lenient-indent'], undefined);
    assert.ok(Object.keys(codes).length > 0);
  });
});
