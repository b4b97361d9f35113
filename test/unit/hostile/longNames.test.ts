// Found by the fuzz test (test/unit/fuzz): a StatefulSet named with over a megabyte of text made
// `simulate --format events` fail with "the simulation failed (Invalid regular expression: …
// Regular expression too large); this is a bug", exit 2 and the megabyte pattern on stderr: each
// claim's pod was found with a RegExp built from the set's name.
import * as assert from 'node:assert/strict';
import { toControllerEvent } from '../../../src/core/simulate/formatEvents';
import { runCli, tempDir } from '../cliRun';

const HUGE = 'a'.repeat(1_100_000);

describe('a StatefulSet named with over a megabyte', () => {
  it('gets its claim events in the events format (formatEvents toControllerEvent, recordClaimEvent)', () => {
    assert.deepEqual(toControllerEvent({ time: 0, type: 'PVCCreated', object: `www-${HUGE}-0` }, HUGE), {
      reason: 'SuccessfulCreate',
      message: `create Claim www-${HUGE}-0 Pod ${HUGE}-0 in StatefulSet ${HUGE} success`,
    });
    assert.equal(toControllerEvent({ time: 0, type: 'PVCCreated', object: `www-${HUGE}-x` }, HUGE)?.message.includes(` Pod www-${HUGE}-x `), true);
  });

  it('is simulated by `simulate --format events` with exit 0, not reported as a bug', function () {
    this.timeout(30_000);
    const manifest = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: ${HUGE}}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
  volumeClaimTemplates: [{metadata: {name: www}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}]
`;
    const { code, stdout, stderr } = runCli(['simulate', '--format', 'events', 'huge.yaml'], { cwd: tempDir({ 'huge.yaml': manifest }) });
    assert.equal(code, 0, stderr.slice(0, 200));
    assert.equal(stderr, '');
    assert.ok(stdout.includes(`create Claim www-${HUGE}-0 Pod ${HUGE}-0 in StatefulSet ${HUGE} success`));
  });
});
