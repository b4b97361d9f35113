// Item 3 of issue #15: duplicate keys are found with a Set per map, not `yaml`'s n² scan.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseDocument } from 'yaml';
import { findDuplicateKeys } from '../../../src/core/parse/duplicateKeys';
import { parseFile } from '../../../src/core/parse/parseFile';

type Found = { code: string; message: string; start: number; end: number };
const inOrder = (found: Found[]) => found.sort((a, b) => a.start - b.start); // parseChunk sorts problems so

/** What `yaml` itself reports with `uniqueKeys: true` (compose/util-map-includes.ts `mapIncludes`). */
function yamlsOwnDuplicates(text: string) {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  return inOrder(doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => ({ code: e.code, message: e.message, start: e.pos[0], end: e.pos[1] })));
}

function ourDuplicates(text: string) {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  return inOrder(findDuplicateKeys(doc).map((p) => ({ code: p.code, message: p.message, start: p.range.start, end: p.range.end })));
}

function configMap(keys: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: big}', 'data:'];
  for (let i = 0; i < keys; i++) lines.push(`  key${i}: v`);
  return lines.join('\n') + '\n';
}

function millisToParse(text: string): number {
  const started = process.hrtime.bigint();
  const parsed = parseFile(text, { maxFileSize: Infinity });
  assert.equal(parsed.documents[0].chunk.problems.length, 0);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('findDuplicateKeys', () => {
  it('reports what `yaml` reports with uniqueKeys, same code, message and place', () => {
    // (Two empty keys, `? ` twice, are duplicates too, placed one column before `yaml`'s keyStart.)
    const samples = [
      'a: 1\nb: 2\na: 3\n',
      '{a: 1, b: 2, a: 3, a: 4}\n',
      'x:\n  - {k: 1, k: 2}\n  - k: 1\n    j: 2\n    k: 3\n',
      '"a": 1\na: 2\n\'a\': 3\n',
      '&x a: 1\n!!str a: 2\n',
      '? [a]\n: 1\n? [a]\n: 2\n',
      'a: &m {p: 1}\nb: *m\n*m : 3\n',
    ];
    for (const text of samples) assert.deepEqual(ourDuplicates(text), yamlsOwnDuplicates(text), text);
  });

  it('agrees with `yaml` on generated maps, block and flow, nested', () => {
    const key = fc.constantFrom('a', 'b', 'c', '"a"', "'b'", '1', '"1"', '~', 'null');
    const block = fc.array(fc.tuple(key, fc.boolean()), { maxLength: 8 }).map((pairs) =>
      pairs.map(([k, nested]) => (nested ? `${k}:\n  ${k}: 1\n  x: 2\n  ${k}: 3` : `${k}: v`)).join('\n') + '\n',
    );
    const flow = fc.array(key, { maxLength: 8 }).map((keys) => `{${keys.map((k) => `${k}: 1`).join(', ')}}\n`);
    fc.assert(fc.property(fc.oneof(block, flow), (text) => assert.deepEqual(ourDuplicates(text), yamlsOwnDuplicates(text))), { numRuns: 300 });
  });

  it('keeps the parse of one map linear in its keys: 200k keys cost about 4× 50k, not 16×', function () {
    this.timeout(120_000);
    millisToParse(configMap(5_000)); // warm up the JIT
    const small = millisToParse(configMap(50_000));
    const large = millisToParse(configMap(200_000));
    // Quadratic (the `yaml` check: 10k keys 0.9 s, 40k keys 8 s) gives 16; linear gives 4.
    assert.ok(large / small < 8, `50k keys: ${small.toFixed(0)} ms, 200k keys: ${large.toFixed(0)} ms`);
  });
});
