// Item 11 of issue #15: files are decoded as kubectl decodes them (cli-runtime FileVisitor.Visit,
// unicode.BOMOverride), in the CLI and in the editor's workspace scan alike.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeManifestBytes } from '../../../src/core/parse/decodeManifestBytes';
import { runCli } from './runCli';

// Three errors: a name that is not a DNS subdomain, negative replicas, a selector that does not match.
const BROKEN = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: Web
spec:
  serviceName: web
  replicas: -1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: c
        image: nginx
`;

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

describe('decodeManifestBytes (cli-runtime FileVisitor.Visit, unicode.BOMOverride)', () => {
  it('reads UTF-16 LE and BE after their BOM, and UTF-8 with or without a BOM, to the same text', () => {
    const text = 'kind: StatefulSet # ü, 名, 🙂\n';
    assert.equal(decodeManifestBytes(utf16(text, 'le')), text);
    assert.equal(decodeManifestBytes(utf16(text, 'be')), text);
    assert.equal(decodeManifestBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), text);
    assert.equal(decodeManifestBytes(Buffer.from(text)), text);
    assert.equal(decodeManifestBytes(new Uint8Array()), '');
  });

  it('reads UTF-16 without a BOM as UTF-8, as BOMOverride falls back to its UTF-8 decoder', () => {
    assert.equal(decodeManifestBytes(Buffer.from('a: 1\n', 'utf16le')), 'a\u0000:\u0000 \u00001\u0000\n\u0000');
  });

  it('gives a UTF-16 file the findings of the same text in UTF-8 in `check`', function () {
    this.timeout(30_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-utf16-'));
    const encodings: Record<string, Uint8Array> = { utf8: Buffer.from(BROKEN), utf16le: utf16(BROKEN, 'le'), utf16be: utf16(BROKEN, 'be') };
    const findings = Object.entries(encodings).map(([name, bytes]) => {
      fs.writeFileSync(path.join(dir, `${name}.yaml`), bytes);
      const result = runCli(['check', '--format', 'json', `${name}.yaml`], dir);
      assert.equal(result.code, 1, result.stderr);
      return (JSON.parse(result.stdout) as { file: string; rule: string; severity: string }[]).map((f) => ({ ...f, file: '' }));
    });
    assert.equal(findings[0].filter((f) => f.severity === 'error').length, 3);
    assert.deepEqual(findings[1], findings[0]);
    assert.deepEqual(findings[2], findings[0]);
  });
});
