// Why and how the server snapshots its environment (src/server/processEnv.ts).
import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { snapshotProcessEnv } from '../../../src/server/processEnv';

describe('the language server: its environment', () => {
  const original = process.env;
  afterEach(() => {
    process.env = original;
  });

  it('is read by yaml\'s Parser for every token (Parser.next), which is why the server snapshots it', () => {
    let reads = 0;
    process.env = new Proxy({ ...original }, { get: (target, key) => ((reads += key === 'LOG_TOKENS' ? 1 : 0), Reflect.get(target, key)) });
    parseDocument('a: 1\nb: [2, 3]\n');
    assert.ok(reads >= 10, `process.env.LOG_TOKENS was read ${reads} times`);
  });

  it('is replaced by a plain copy holding every variable, and the live one is returned', () => {
    const live = snapshotProcessEnv();
    assert.equal(live, original);
    assert.notEqual(process.env, original);
    assert.deepEqual({ ...process.env }, { ...original });
  });
});
