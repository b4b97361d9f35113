// Scenario tests for what holds an OrderedReady set, and whom its Blocked message names
// (processReplica, processCondemned; docs/controller-model.md §1).
import * as assert from 'node:assert/strict';
import { run } from './scenario';

const blocked = (result: ReturnType<typeof run>) => result.events.filter((e) => e.type === 'Blocked').map((e) => `${e.time} ${e.message}`);

describe('simulator scenarios: what holds the controller', () => {
  it('never counts a terminating pod as Ready: the next pod waits for its replacement (processReplica: isTerminating before isRunningAndReady)', () => {
    const result = run([{ apply: { spec: { replicas: 1 } } }, { deletePod: 'web-0' }, { scale: 2, at: 3 }]);
    const times = (type: string, pod: string) => result.events.filter((e) => e.type === type && e.object === pod).map((e) => e.time);
    assert.deepEqual(times('PodTerminating', 'web-0'), [3]);
    assert.deepEqual(times('PodReady', 'web-0'), [3, 7], 'the second incarnation is Ready at 7');
    assert.deepEqual(times('PodCreated', 'web-1'), [7]);
    assert.ok(blocked(result).includes('3 web-0 is terminating: the controller waits for it to be gone before recreating it'));
  });

  it("names the first unhealthy pod as well when an unhealthy condemned pod waits (processCondemned: firstUnhealthyPod)", () => {
    const steps = [{ apply: { spec: { replicas: 4 } } }, { failReadiness: 'web-2' }, { failReadiness: 'web-3' }, { scale: 2 }];
    const waiting = run(steps);
    assert.deepEqual(blocked(waiting).slice(-1), [
      '12 scale-down waits: web-3 is not healthy and is not the first unhealthy pod, web-2; it goes once web-3 or web-2 is Running and Ready',
    ]);
    assert.deepEqual(waiting.final.pods.map((p) => p.name), ['web-0', 'web-1', 'web-2', 'web-3']);
    const released = run([...steps, { restoreReadiness: 'web-2' }]);
    const terminating = released.events.filter((e) => e.type === 'PodTerminating').map((e) => `${e.time} ${e.object}`);
    assert.deepEqual(terminating, ['13 web-3', '14 web-2'], 'web-2 Ready makes web-3 the first unhealthy pod, which may go');
  });
});
