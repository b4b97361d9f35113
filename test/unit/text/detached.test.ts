// Memos that outlive a check keep detached copies of the strings they are keyed by
// (src/core/text/detached.ts): a label value, a label key or a quantity read from a file must not
// keep the file's whole text alive for the life of the process (the language server checks
// thousands of closed files and keeps none of them).
import * as assert from 'node:assert/strict';
import { createLanguageService, detached, parseFile, type SourceFile } from '../../../src/core/index';
import { heapAfterGc } from '../heapUsed';

const FILES = 100;
const MB = 1024 * 1024;

/** A file of about 100 KB whose label key, label value and quantities appear in no other file. */
function paddedFile(i: number): SourceFile {
  const text = `# ${'x'.repeat(100 * 1024)}-${i}
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db-${i}
spec:
  serviceName: db-${i}
  selector:
    matchLabels:
      example.com/database-owner-${i}: database-number-${i}
  template:
    metadata:
      labels:
        example.com/database-owner-${i}: database-number-${i}
    spec:
      containers:
        - name: db
          image: postgres:17
          resources:
            requests:
              memory: 100000000000${i}
`;
  return { uri: `file:///f${i}.yaml`, parsed: parseFile(text) };
}

describe('detached copies of strings read from files (text/detached.ts)', function () {
  this.timeout(60_000);

  it('copies a string exactly, lone surrogates too', () => {
    for (const text of ['', 'short', 'app.kubernetes.io/name', 'a\uD800b-long-enough-to-slice', 'x'.repeat(1000)]) assert.equal(detached(text), text);
  });

  it('measures a kept slice: 100 slices of 100 KB texts keep 10 MB alive', () => {
    const kept = new Set<string>();
    const before = heapAfterGc();
    for (let i = 0; i < FILES; i++) kept.add(paddedFile(i).parsed.text.slice(-40));
    assert.ok(heapAfterGc() - before > 8 * MB, 'the measure below would see nothing');
    assert.equal(kept.size, FILES);
  });

  it('keeps none of 100 checked files of 100 KB alive through the label and quantity memos', () => {
    const language = createLanguageService();
    language.checkFiles([paddedFile(-1)]); // the engine's own lazily built tables, before measuring
    const before = heapAfterGc();
    for (let i = 0; i < FILES; i++) assert.ok(language.checkFiles([paddedFile(i)]).size > 0);
    const grown = heapAfterGc() - before;
    assert.ok(grown < 2 * MB, `checking grew the heap by ${(grown / MB).toFixed(1)} MB`);
  });
});
