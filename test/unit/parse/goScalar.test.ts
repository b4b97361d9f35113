import * as assert from 'node:assert/strict';
import { resolveGoPlainScalar } from '../../../src/core/parse/goScalar';

describe('resolveGoPlainScalar (go-yaml v2, as Kubernetes decodes manifests)', () => {
  const cases: Array<[string, unknown]> = [
    ['', null], ['~', null], ['null', null], ['NULL', null],
    ['yes', true], ['Y', true], ['on', true], ['True', true], ['no', false], ['n', false], ['OFF', false], ['false', false],
    ['42', 42], ['-7', -7], ['+3', 3], ['0777', 511], ['0o17', 15], ['0x1A', 26], ['-0x10', -16], ['0b101', 5], ['1_000', 1000], ['0', 0],
    ['1.5', 1.5], ['.5', 0.5], ['1e3', 1000], ['-2.5E-1', -0.25], ['08', 8], ['.inf', Infinity], ['-.Inf', -Infinity],
    ['1:20', '1:20'], ['2001-12-14', '2001-12-14'], ['1.2.3', '1.2.3'], ['v1', 'v1'], ['yes please', 'yes please'], ['0x', '0x'], ['-', '-'],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${String(expected)}`, () => assert.deepEqual(resolveGoPlainScalar(text), expected));
  }

  it('reads .nan as NaN', () => assert.ok(Number.isNaN(resolveGoPlainScalar('.NaN'))));
});
