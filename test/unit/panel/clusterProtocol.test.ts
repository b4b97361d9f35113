// The cluster's what-ifs on the wire (issue #11): the node steps and forceDeletePod the webview
// sends are checked on arrival like every action, become script steps field by field, and survive
// a reload of the session; plans without nodes carry nothing new.
import * as assert from 'node:assert/strict';
import { stepsOf, toSession } from '../../../src/panel/session';
import { isFromWebview, NODE_STEPS, toStep } from '../../../src/protocol/messages';
import { planRollout } from '../../../src/core/simulate/planRollout';
import { DEFAULT_ENVIRONMENT } from '../../../src/core/simulate/types';

const addStep = (action: unknown) => ({ type: 'addStep', action, at: 12 });

describe('the cluster what-ifs in the webview protocol', () => {
  it('accepts each node step with a node name, and forceDeletePod with a pod name', () => {
    assert.deepEqual(NODE_STEPS, ['cordonNode', 'uncordonNode', 'drainNode', 'failNode', 'restoreNode', 'addOutOfServiceTaint']);
    for (const kind of NODE_STEPS) {
      for (const node of ['node-a', 'ip-10-0-1-17.eu-west-1.compute.internal', 'n']) assert.ok(isFromWebview(addStep({ kind, node })), `${kind} ${node}`);
    }
    assert.ok(isFromWebview(addStep({ kind: 'forceDeletePod', pod: 'web-1' })));
  });

  it('drops a node step with a name that is no node name, or no name, and an unknown what-if', () => {
    for (const action of [
      { kind: 'failNode', node: '<img src=x onerror=alert(1)>' },
      { kind: 'failNode', node: 'Node-A' },
      { kind: 'drainNode', node: '' },
      { kind: 'cordonNode', node: `n${'a'.repeat(253)}` },
      { kind: 'restoreNode' },
      { kind: 'failNode', pod: 'web-1' },
      { kind: 'addOutOfServiceTaint', node: 7 },
      { kind: 'rebootNode', node: 'node-a' },
      { kind: 'forceDeletePod', pod: 'node-a' },
      { kind: 'forceDeletePod', node: 'node-a' },
    ]) {
      assert.equal(isFromWebview(addStep(action)), false, JSON.stringify(action));
    }
  });

  it('turns them into script steps with only their own fields', () => {
    const extra = { kind: 'drainNode', node: 'node-b', script: 'rm -rf /' } as unknown as Parameters<typeof toStep>[0];
    assert.deepEqual(toStep(extra, 30), { kind: 'drainNode', node: 'node-b', at: 30 });
    assert.deepEqual(toStep({ kind: 'addOutOfServiceTaint', node: 'node-c' }, 0), { kind: 'addOutOfServiceTaint', node: 'node-c', at: 0 });
    assert.deepEqual(toStep({ kind: 'forceDeletePod', pod: 'web-1' }, 305), { kind: 'forceDeletePod', pod: 'web-1', at: 305 });
  });

  it('keeps the added node steps of a session across a reload, in the order of their time', () => {
    const session = toSession({
      target: { uri: 'file:///web.yaml', name: 'web', namespace: 'default' },
      storageClass: 'none',
      added: [
        { action: { kind: 'forceDeletePod', pod: 'web-1' }, at: 320 },
        { action: { kind: 'failNode', node: 'node-b' }, at: 10 },
        { action: { kind: 'failNode', node: 'Bad Name' }, at: 11 },
      ],
    });
    assert.ok(session);
    assert.equal(session.storageClass, 'none');
    assert.deepEqual(stepsOf(session).slice(1), [
      { kind: 'failNode', node: 'node-b', at: 10 },
      { kind: 'forceDeletePod', pod: 'web-1', at: 320 },
    ]);
  });

  it('plans without nodes carry no cluster on any frame, so they post what they did before', () => {
    const manifest = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' }, spec: { serviceName: 'nginx', replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } } };
    const plan = planRollout({ manifest }, { environment: DEFAULT_ENVIRONMENT, steps: [{ kind: 'apply', patch: {} }] });
    assert.ok(!('error' in plan));
    assert.ok(plan.frames.length > 10);
    assert.deepEqual(plan.frames.filter((f) => 'cluster' in f), []);
    assert.ok(plan.frames.every((f) => !f.pod || f.pod.node === null));
  });
});
