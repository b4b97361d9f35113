// The "why" of the cluster's events and steps (issue #11): each new event type and each node step
// (its StepStarted) explains itself in both languages and links the kubernetes.io page it follows.
import * as assert from 'node:assert/strict';
import { setLocale, t } from '../../../src/core/l10n/messages';
import type { SimEvent } from '../../../src/core/simulate/types';
import { explainEvent } from '../../../src/core/simulate/why';

const NODE_CONDITION = 'https://kubernetes.io/docs/concepts/architecture/nodes/#condition';
const FORCE_DELETE = 'https://kubernetes.io/docs/tasks/run-application/force-delete-stateful-set-pod/';
const DRAIN = 'https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/';
const SCHEDULER = 'https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/';
const OUT_OF_SERVICE = 'https://kubernetes.io/docs/concepts/cluster-administration/node-shutdown/#non-graceful-node-shutdown';
const BINDING_MODE = 'https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode';

const explain = (event: SimEvent) => {
  const why = explainEvent([{ event }], 0, 'OrderedReady');
  return { url: why.url, text: t(why.key, ...why.args) };
};

describe('why a cluster event happened (simulate/why.ts)', () => {
  afterEach(() => setLocale('en'));

  it('links each new event type to the page that documents it', () => {
    const cases: [SimEvent, string][] = [
      [{ time: 1, type: 'PodScheduled', object: 'web-0', node: 'node-a' }, SCHEDULER],
      [{ time: 1, type: 'FailedScheduling', object: 'web-2', message: '0/3 nodes are available: 3 Insufficient cpu.' }, SCHEDULER],
      [{ time: 5, type: 'NodeNotReady', object: 'node-b' }, NODE_CONDITION],
      [{ time: 9, type: 'NodeReady', object: 'node-b' }, NODE_CONDITION],
      [{ time: 9, type: 'EvictionRefused', object: 'web-1', message: 'Cannot evict pod as it would violate the pod\'s disruption budget.' }, DRAIN],
      [{ time: 9, type: 'PodEvicted', object: 'web-1', node: 'node-b' }, DRAIN],
      [{ time: 0, type: 'PVCZoneBound', object: 'www-web-0', zone: 'zone-1' }, BINDING_MODE],
    ];
    for (const [event, url] of cases) assert.equal(explain(event).url, url, event.type);
  });

  it('tells a drain\'s eviction and a lost node\'s taint eviction apart for PodTerminating', () => {
    const terminating = (reason: string) => explain({ time: 305, type: 'PodTerminating', object: 'web-1', reason });
    assert.equal(terminating('Eviction').url, DRAIN);
    assert.match(terminating('Eviction').text, /^web-1 was evicted \(kubectl drain\)/);
    assert.equal(terminating('TaintManagerEviction').url, NODE_CONDITION);
    assert.match(terminating('TaintManagerEviction').text, /stays Terminating\.$/);
  });

  it('names the claim and its zone for PVCZoneBound (volume binding: the zone is fixed once bound)', () => {
    assert.match(explain({ time: 0, type: 'PVCZoneBound', object: 'www-web-0', zone: 'zone-1' }).text, /^The volume of www-web-0 now lives in zone zone-1 for good: .* a node in zone-1\./);
  });

  it('explains a node step by what it does, and any other step as before', () => {
    const step = (object: string) => explain({ time: 0, type: 'StepStarted', object, step: 1 });
    assert.deepEqual(
      ['failNode', 'restoreNode', 'forceDeletePod', 'addOutOfServiceTaint', 'cordonNode', 'uncordonNode', 'drainNode', 'scale'].map((k) => step(k).url),
      [NODE_CONDITION, NODE_CONDITION, FORCE_DELETE, OUT_OF_SERVICE, DRAIN, DRAIN, DRAIN, 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/'],
    );
    assert.match(step('forceDeletePod').text, /The old process may still be running on the unreachable node; two pods with the same identity may write to the same volume\.$/);
    assert.match(step('scale').text, /^Something changed the cluster/);
  });

  it('fills in every sentence in Chinese too', () => {
    setLocale('zh-CN');
    for (const event of [
      { time: 5, type: 'NodeNotReady', object: 'node-b' },
      { time: 0, type: 'PVCZoneBound', object: 'www-web-0', zone: 'zone-1' },
      { time: 0, type: 'StepStarted', object: 'forceDeletePod', step: 2 },
      { time: 9, type: 'EvictionRefused', object: 'web-1' },
    ] as SimEvent[]) {
      const { text } = explain(event);
      assert.match(text, /[\u4e00-\u9fff]/, event.type);
      assert.doesNotMatch(text, /\{\d\}/, event.type);
    }
    assert.match(explain({ time: 0, type: 'PVCZoneBound', object: 'www-web-0', zone: 'zone-1' }).text, /^www-web-0 的卷从此固定在可用区 zone-1/);
  });
});
