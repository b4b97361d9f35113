// Found by the fuzz test (test/unit/fuzz): names of a megabyte in the simulator.
// - `simulate --format events` failed with "the simulation failed (Invalid regular expression: …
//   Regular expression too large); this is a bug", exit 2, and the megabyte pattern on stderr: each
//   claim's pod was found with a RegExp built from the set's name.
// - With 300 replicas every format ran 80 s and 2–3 GB, then failed with "Invalid string length"
//   (exit 2, "this is a bug"): the name is repeated in every event and output line. Names are now
//   held to the longest Kubernetes allows any object name (253, a DNS subdomain), at once.
import * as assert from 'node:assert/strict';
import { toControllerEvent } from '../../../src/core/simulate/formatEvents';
import { findLimitProblem, MAX_NAME_LENGTH } from '../../../src/core/simulate/limits';
import { defaultScript } from '../../../src/core/simulate/script';
import { DEFAULT_ENVIRONMENT } from '../../../src/core/simulate/types';
import { runCli, tempDir } from '../cliRun';
import { webManifest } from '../simulate/scenario';

const HUGE = 'a'.repeat(1_100_000);

function manifest(name: string, replicas: number): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  podManagementPolicy: Parallel
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
  volumeClaimTemplates: [{metadata: {name: www}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}]
`;
}

describe('names of a megabyte in the simulator', () => {
  it('finds the pod of a claim of a set named with over a megabyte (formatEvents toControllerEvent, recordClaimEvent)', () => {
    assert.deepEqual(toControllerEvent({ time: 0, type: 'PVCCreated', object: `www-${HUGE}-0` }, HUGE), {
      reason: 'SuccessfulCreate',
      message: `create Claim www-${HUGE}-0 Pod ${HUGE}-0 in StatefulSet ${HUGE} success`,
    });
    assert.ok(toControllerEvent({ time: 0, type: 'PVCCreated', object: `www-${HUGE}-x` }, HUGE)?.message.includes(` Pod www-${HUGE}-x `));
  });

  it('refuses a name, namespace, serviceName, claim template name or cluster domain over 253 characters, naming it (findLimitProblem)', () => {
    const long = 'a'.repeat(MAX_NAME_LENGTH + 1);
    const problem = (patch: Record<string, unknown>, environment = DEFAULT_ENVIRONMENT) =>
      findLimitProblem({ manifest: webManifest(patch) }, { ...defaultScript(), environment });
    assert.equal(problem({ metadata: { name: long } }), 'metadata.name: a name of 254 characters is longer than Kubernetes allows any name to be (at most 253)');
    assert.match(problem({ metadata: { namespace: long } }) ?? '', /^metadata\.namespace: a name of 254 characters/);
    assert.match(problem({ spec: { serviceName: long } }) ?? '', /^spec\.serviceName: a name of 254 characters/);
    assert.match(problem({ spec: { volumeClaimTemplates: [{ metadata: { name: long } }] } }) ?? '', /^spec\.volumeClaimTemplates\[0\]\.metadata\.name: a name of 254/);
    assert.match(problem({}, { ...DEFAULT_ENVIRONMENT, clusterDomain: long }) ?? '', /^environment\.clusterDomain: a name of 254 characters/);
    assert.equal(problem({ metadata: { name: 'a'.repeat(MAX_NAME_LENGTH) } }), undefined);
  });

  it('makes `simulate` answer a 1 MB name with 300 replicas at once with exit 2, in every format (it ran 80 s, 3 GB)', function () {
    this.timeout(60_000);
    const cwd = tempDir({ 'huge.yaml': manifest(HUGE, 300) });
    for (const format of ['watch', 'events', 'json']) {
      const { code, stdout, stderr } = runCli(['simulate', '--format', format, 'huge.yaml'], { cwd });
      assert.equal(code, 2, stderr.slice(0, 300));
      assert.equal(stdout, '');
      assert.equal(stderr, 'statefulset-studio: metadata.name: a name of 1100000 characters is longer than Kubernetes allows any name to be (at most 253)\n');
    }
  });
});
