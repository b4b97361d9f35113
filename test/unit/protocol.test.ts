import * as assert from 'node:assert/strict';
import { isFromWebview, toStep } from '../../src/protocol/messages';

describe('webview protocol guard', () => {
  it('accepts the messages the panel sends', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'restart' },
      { type: 'addStep', action: { kind: 'scale', replicas: 5 }, at: 12 },
      { type: 'addStep', action: { kind: 'setImage', image: 'nginx:1.25', outcome: 'crashLoop' }, at: 0 },
      { type: 'addStep', action: { kind: 'deletePod', pod: 'web-1' }, at: 3.5 },
      { type: 'addStep', action: { kind: 'deleteStatefulSet', scaleToZeroFirst: true }, at: 1 },
      { type: 'setStorageClass', storageClass: 'none' },
      { type: 'whatIf', policy: 'Parallel' },
      { type: 'copyTranscript', text: 'NAME READY' },
      { type: 'openProblem', index: 0 },
    ]) {
      assert.ok(isFromWebview(message), JSON.stringify(message));
    }
  });

  it('drops anything malformed or hostile', () => {
    for (const message of [
      null, 'ready', [], {}, { type: 'eval', code: 'x' },
      { type: 'addStep', action: { kind: 'scale', replicas: -1 }, at: 0 },
      { type: 'addStep', action: { kind: 'scale', replicas: 1e9 }, at: 0 },
      { type: 'addStep', action: { kind: 'scale', replicas: 2 }, at: Number.NaN },
      { type: 'addStep', action: { kind: 'deletePod', pod: '<img src=x onerror=alert(1)>-0' }, at: 0 },
      { type: 'addStep', action: { kind: 'setImage', image: 'x', outcome: 'explode' }, at: 0 },
      { type: 'addStep', action: { kind: 'rm -rf' }, at: 0 },
      { type: 'whatIf', policy: 'Chaos' },
      { type: 'openProblem', index: -2 },
    ]) {
      assert.equal(isFromWebview(message), false, JSON.stringify(message));
    }
  });

  it('turns panel actions into script steps', () => {
    assert.deepEqual(toStep({ kind: 'setPartition', partition: 2 }, 7), { kind: 'apply', patch: { spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } } }, at: 7 });
    assert.deepEqual(toStep({ kind: 'setImage', image: ' nginx:2 ', outcome: 'ready' }, 0), { kind: 'setImage', image: 'nginx:2', outcome: 'ready', at: 0 });
    assert.deepEqual(toStep({ kind: 'deletePod', pod: 'web-1' }, 3), { kind: 'deletePod', pod: 'web-1', at: 3 });
  });
});
