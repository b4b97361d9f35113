// The "why" of timeline events: the sentence and the kubernetes.io section each event links to.
import * as assert from 'node:assert/strict';
import { collectResources } from '../../../src/core/check';
import { setLocale, t } from '../../../src/core/l10n/messages';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import { findStatefulSets, toSimInput } from '../../../src/core/simulate/fromModel';
import { toSteps } from '../../../src/core/simulate/script';
import { simulate } from '../../../src/core/simulate/simulate';
import { DEFAULT_ENVIRONMENT, type SimEvent } from '../../../src/core/simulate/types';
import { explainEvent } from '../../../src/core/simulate/why';

const MANIFEST = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: 3
  podManagementPolicy: POLICY
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec: {containers: [{name: nginx, image: nginx, volumeMounts: [{name: www, mountPath: /data}]}]}
  volumeClaimTemplates:
  - metadata: {name: www}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

function framesOf(policy: 'OrderedReady' | 'Parallel', steps: unknown[] = []): { event: SimEvent }[] {
  const source = { uri: 'web.yaml', parsed: parseFile(MANIFEST.replace('POLICY', policy)) };
  const parsed = toSteps([{ apply: {} }, ...steps]);
  if ('error' in parsed) throw new Error(parsed.error);
  const input = toSimInput(findStatefulSets([source])[0], new ResourceIndex(collectResources([source])));
  return simulate(input, { environment: DEFAULT_ENVIRONMENT, steps: parsed.value }).events.map((event) => ({ event }));
}

const indexOf = (frames: { event: SimEvent }[], type: string, object: string, from = 0) =>
  frames.findIndex((f, i) => i >= from && f.event.type === type && f.event.object === object);
const say = (frames: { event: SimEvent }[], index: number, policy: 'OrderedReady' | 'Parallel') => {
  const why = explainEvent(frames, index, policy);
  return t(why.key, ...why.args);
};

describe('why an event happened (simulate/why.ts)', () => {
  afterEach(() => setLocale('en'));

  it('explains PodCreated web-1 by OrderedReady waiting for web-0 (processReplica, isRunningAndReady), linking the policies section', () => {
    const frames = framesOf('OrderedReady');
    const index = indexOf(frames, 'PodCreated', 'web-1');
    assert.equal(say(frames, index, 'OrderedReady'), 'OrderedReady: the controller creates web-1 only after web-0 is Running and Ready.');
    assert.equal(explainEvent(frames, index, 'OrderedReady').url, 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies');
    setLocale('zh-CN');
    assert.equal(say(frames, index, 'OrderedReady'), 'OrderedReady：控制器只有在 web-0 处于 Running 且 Ready 之后才创建 web-1。');
  });

  it('explains the first pod, a Parallel burst and a recreated pod differently', () => {
    const parallel = framesOf('Parallel');
    assert.match(say(parallel, indexOf(parallel, 'PodCreated', 'web-0'), 'Parallel'), /^The controller creates the pods in ordinal order, lowest first: web-0 comes first/);
    assert.equal(say(parallel, indexOf(parallel, 'PodCreated', 'web-2'), 'Parallel'), 'Parallel: the controller creates web-2 without waiting for web-1 to be Running or Ready.');
    const deleted = framesOf('OrderedReady', [{ deletePod: 'web-1' }]);
    const again = indexOf(deleted, 'PodCreated', 'web-1', indexOf(deleted, 'PodDeleted', 'web-1'));
    assert.match(say(deleted, again, 'OrderedReady'), /^web-1 was missing, so the controller recreates it under the same name/);
  });

  it('tells a user deletion, a scale-down and a garbage collection apart for PodTerminating', () => {
    const frames = framesOf('OrderedReady', [{ deletePod: 'web-0' }, { scale: 1 }, { deleteStatefulSet: {} }]);
    const reasons = frames.flatMap((f, i) => (f.event.type === 'PodTerminating' ? [[f.event.reason, explainEvent(frames, i, 'OrderedReady').key]] : []));
    assert.deepEqual([...new Map(reasons.map(([reason, key]) => [reason, key])).entries()], [
      ['User', 'sim.why.terminatingUser'],
      ['Controller', 'sim.why.terminatingController'],
      ['GarbageCollector', 'sim.why.terminatingGc'],
    ]);
  });

  it('gives every event of a busy run a filled-in sentence in both languages and a kubernetes.io link', () => {
    const frames = framesOf('OrderedReady', [{ deletePod: 'web-0' }, { failReadiness: 'web-1' }, { restoreReadiness: 'web-1' }, { scale: 1 }, { deleteStatefulSet: {} }]);
    const types = new Set<string>();
    for (const locale of ['en', 'zh-CN']) {
      setLocale(locale);
      frames.forEach((frame, i) => {
        const why = explainEvent(frames, i, 'OrderedReady');
        types.add(frame.event.type);
        assert.match(why.url, /^https:\/\/kubernetes\.io\/docs\//);
        assert.doesNotMatch(say(frames, i, 'OrderedReady'), /\{\d\}|^\s*$/, `${frame.event.type} ${frame.event.object}`);
      });
    }
    assert.ok(types.size >= 14, `only ${types.size} event types covered`);
  });
});
