import * as assert from 'node:assert/strict';
import { flat } from '../../../src/core/simulate/flatText';

describe('flat (messages as one string)', () => {
  it('reads as the template literal does, with text and numbers, at either end and with nothing between', () => {
    const [pod, ordinal, set] = ['web-12', 12, 'web'];
    assert.equal(flat`create Pod ${pod} in StatefulSet ${set} successful`, `create Pod ${pod} in StatefulSet ${set} successful`);
    assert.equal(flat`${ordinal}${pod}`, `${ordinal}${pod}`);
    assert.equal(flat`10.244.${0}.${ordinal + 2}`, '10.244.0.14');
    assert.equal(flat`no values`, 'no values');
    assert.equal(flat``, '');
  });
});
