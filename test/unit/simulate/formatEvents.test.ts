import * as assert from 'node:assert/strict';
import { formatEvents, toControllerEvent } from '../../../src/core/simulate/formatEvents';
import type { SimEvent, SimResult, SimState } from '../../../src/core/simulate/types';

function result(events: SimEvent[], end: number, statefulset = 'web'): SimResult {
  const final: SimState = {
    time: end, deleted: false, pods: [], pvcs: [],
    status: { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0, currentRevision: 'r', updateRevision: 'r', revisions: ['r'] },
    dns: { serviceName: null, serviceAnswers: [], records: {} }, nodes: [], budgets: [],
  };
  return { statefulset, namespace: 'default', events, states: [], final };
}

const HEADER = ['Events:', '  Type    Reason            Age   From                    Message', '  ----    ------            ----  ----                    -------'];

describe('formatEvents', () => {
  it('shows claim and pod creations as the controller records them, aged at the end of the run', () => {
    const out = formatEvents(
      result(
        [
          { time: 0, type: 'StepStarted', object: 'apply', step: 0 },
          { time: 0, type: 'RevisionCreated', object: 'web-abc', revision: 'web-abc' },
          { time: 0, type: 'PVCCreated', object: 'www-web-0' },
          { time: 0, type: 'PVCBound', object: 'www-web-0' },
          { time: 0, type: 'PodCreated', object: 'web-0', revision: 'web-abc' },
          { time: 3, type: 'PodReady', object: 'web-0' },
          { time: 13, type: 'PVCCreated', object: 'data-www-web-1' },
          { time: 13, type: 'PodCreated', object: 'web-1' },
          { time: 16, type: 'Settled', object: 'web' },
        ],
        60,
      ),
    );
    assert.equal(
      out,
      [
        ...HEADER,
        '  Normal  SuccessfulCreate  60s   statefulset-controller  create Claim www-web-0 Pod web-0 in StatefulSet web success',
        '  Normal  SuccessfulCreate  60s   statefulset-controller  create Pod web-0 in StatefulSet web successful',
        '  Normal  SuccessfulCreate  47s   statefulset-controller  create Claim data-www-web-1 Pod web-1 in StatefulSet web success',
        '  Normal  SuccessfulCreate  47s   statefulset-controller  create Pod web-1 in StatefulSet web successful',
        '',
      ].join('\n'),
    );
  });

  it('shows only the deletions the controller decides, and counts repeated events like the event recorder', () => {
    const out = formatEvents(
      result(
        [
          { time: 0, type: 'PodCreated', object: 'web-1' },
          { time: 100, type: 'PodTerminating', object: 'web-1', reason: 'Controller' },
          { time: 110, type: 'PodCreated', object: 'web-1' },
          { time: 200, type: 'PodTerminating', object: 'web-1', reason: 'User' },
          { time: 205, type: 'PodCreated', object: 'web-1' },
          { time: 300, type: 'PodTerminating', object: 'web-1', reason: 'GarbageCollector' },
          { time: 300, type: 'PVCPending', object: 'www-web-1', reason: 'FailedBinding' },
        ],
        305,
      ),
    );
    assert.equal(
      out,
      [
        'Events:',
        '  Type    Reason            Age                  From                    Message',
        '  ----    ------            ----                 ----                    -------',
        '  Normal  SuccessfulDelete  3m25s                statefulset-controller  delete Pod web-1 in StatefulSet web successful',
        '  Normal  SuccessfulCreate  100s (x3 over 5m5s)  statefulset-controller  create Pod web-1 in StatefulSet web successful',
        '',
      ].join('\n'),
    );
  });

  it('says <none> when the controller did nothing', () => {
    assert.equal(formatEvents(result([{ time: 0, type: 'StepStarted', object: 'wait', step: 0 }], 5)), 'Events:  <none>\n');
  });

  it('finds the pod of a claim whose set name has dashes', () => {
    assert.deepEqual(toControllerEvent({ time: 0, type: 'PVCCreated', object: 'my-data-my-db-12' }, 'my-db'), {
      reason: 'SuccessfulCreate',
      message: 'create Claim my-data-my-db-12 Pod my-db-12 in StatefulSet my-db success',
    });
  });
});
