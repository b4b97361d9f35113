// The pods pane with nodes (issue #11) in jsdom, duration 0: lanes by zone and node, node state,
// the what-ifs of a lane and why one is disabled, the Unscheduled lane, claim zones, budgets, the
// cluster's events and their why. The plans are hand-built (support.mjs clusterPlan) until the
// simulator fills `node` and the frames' `cluster`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterPlan, scenario, useViewInJsdom } from './support.mjs';

const view = useViewInJsdom();

function mount(plan, locale = 'en') {
  document.body.replaceChildren();
  const actions = [];
  const layout = view.mod.buildLayout(document.body);
  layout.texts.useLocale(locale);
  const stage = new view.mod.Stage(layout, { seek: () => {}, openProblem: () => {}, nodeAction: (kind, node) => actions.push({ kind, node }) });
  stage.load(plan, 1, `StatefulSet ${plan.statefulset}`);
  return { stage, layout, actions };
}

const text = (node, selector) => node.querySelector(selector)?.textContent;
const laneNamed = (name) => [...document.querySelectorAll('.lane')].find((l) => text(l, '.lane__name') === name);
const podsIn = (lane) => [...lane.querySelectorAll('.slot .pod__name')].map((n) => n.textContent);
const buttonsOf = (lane) => Object.fromEntries([...lane.querySelectorAll('.lane__action')].map((b) => [b.dataset.kind, { disabled: b.disabled, title: b.title, text: b.textContent }]));
const last = (c) => c.frames[c.frames.length - 1];
const at = (c, type, object) => ({ time: last(c).event.time + 1, type, object });

/** Adds a frame where `node` fails (NodeNotReady) to a clusterPlan. */
function failNode(c, node) {
  const status = last(c).status;
  c.flags.get(node).ready = false;
  c.push({ event: at(c, 'NodeNotReady', node), status });
}

describe('node lanes (jsdom, duration 0)', () => {
  it('draws no lane, no zone and no budget without nodes: one list of cards as before', async () => {
    const { plan } = scenario({ replicas: 3 });
    const { layout, stage } = mount(plan);
    await stage.show(plan.frames.length - 1, 0);
    assert.equal(document.querySelectorAll('.zone, .lane').length, 0);
    assert.deepEqual([...layout.pods.children].map((c) => c.className), ['slot', 'slot', 'slot']);
    assert.equal(layout.pods.getAttribute('role'), 'list');
    assert.equal(layout.budgets.hidden, true);
    assert.equal(stage.cluster.hasNodes, false);
  });

  it('groups the lanes by zone and the pods by node, keeping every zone, lane and card element across frames', async () => {
    const c = clusterPlan({ replicas: 3 });
    const { stage, layout } = mount(c.plan);
    const seen = new Map();
    for (let i = 0; i < c.plan.frames.length; i++) {
      await stage.show(i, 0);
      // Node lanes and zones stay; a card stays while its pod stays on the same node.
      for (const node of layout.pods.querySelectorAll('.zone:not(.zone--special), .lane:not(.lane--no-pod, .lane--unscheduled), .lane .slot')) {
        const lane = node.closest('.lane')?.getAttribute('aria-label');
        const key = node.classList.contains('slot') ? `${lane}/${text(node, '.pod__name')}` : `${node.className.split(' ')[0]}:${node.getAttribute('aria-label')}`;
        if (seen.has(key)) assert.equal(seen.get(key), node, `${key} keeps its element at frame ${i}`);
        seen.set(key, node);
      }
    }
    assert.deepEqual([...document.querySelectorAll('.zone__title')].map((h) => h.textContent), ['zone zone-1', 'zone zone-2']);
    const zones = [...document.querySelectorAll('.zone')].map((z) => [...z.querySelectorAll('.lane__name')].map((n) => n.textContent));
    assert.deepEqual(zones, [['node-a', 'node-b'], ['node-c']]);
    assert.deepEqual(['node-a', 'node-b', 'node-c'].map((n) => podsIn(laneNamed(n))), [['web-0'], ['web-1'], ['web-2']]);
    assert.equal(text(laneNamed('node-a'), '.node-state'), '✓ Ready');
    assert.deepEqual([...document.querySelectorAll('.lane .pod__status')].map((s) => s.textContent), ['Ready', 'Ready', 'Ready'], 'the cards follow their pods');
    assert.equal(laneNamed('node-a').querySelector('.node-flag--cordoned').hidden, true);
    assert.equal(layout.pods.hasAttribute('role'), false, 'the lanes are the lists');
    assert.equal(laneNamed('node-a').querySelector('.lane__pods').getAttribute('role'), 'list');
  });

  it('shows a failed node NotReady with its own controls: Fail off, Restore on, the taint on', async () => {
    const c = clusterPlan({ replicas: 3 });
    failNode(c, 'node-b');
    const { stage } = mount(c.plan);
    await stage.show(c.plan.frames.length - 2, 0);
    const ready = buttonsOf(laneNamed('node-b'));
    assert.deepEqual(ready.restoreNode, { disabled: true, title: 'node-b is Ready: there is nothing to restore', text: 'Restore node' });
    assert.equal(ready.addOutOfServiceTaint.title, 'node-b is Ready: the out-of-service taint is only for a node that is shut down (fail it first)');
    assert.equal(ready.addOutOfServiceTaint.disabled, true);
    assert.equal(ready.failNode.disabled, false);
    await stage.show(c.plan.frames.length - 1, 0);
    const lane = laneNamed('node-b');
    assert.ok(lane.classList.contains('lane--not-ready'));
    assert.equal(text(lane, '.node-state'), '✕ NotReady');
    const failed = buttonsOf(lane);
    assert.deepEqual(failed.failNode, { disabled: true, title: 'node-b is already NotReady', text: 'Fail node' });
    assert.equal(failed.restoreNode.disabled, false);
    assert.equal(failed.addOutOfServiceTaint.disabled, false);
    assert.equal(buttonsOf(laneNamed('node-a')).failNode.disabled, false, 'the other lanes are unchanged');
  });

  it('turns Cordon into Uncordon on a cordoned node, and disables Drain once it is drained', async () => {
    const c = clusterPlan({ replicas: 2, place: () => 'node-a' });
    const status = last(c).status;
    c.flags.get('node-c').cordoned = true;
    c.push({ event: { ...at(c, 'StepStarted', 'cordonNode'), step: 1 }, status });
    const { stage } = mount(c.plan);
    await stage.show(c.plan.frames.length - 1, 0);
    const drained = laneNamed('node-c');
    assert.equal(drained.querySelector('.node-flag--cordoned').hidden, false);
    assert.ok(drained.classList.contains('lane--cordoned'));
    const buttons = buttonsOf(drained);
    assert.equal(buttons.uncordonNode.text, 'Uncordon');
    assert.equal(buttons.cordonNode, undefined);
    assert.deepEqual(buttons.drainNode, { disabled: true, title: 'node-c is already drained: cordoned, with no pods left', text: 'Drain' });
    assert.equal(buttonsOf(laneNamed('node-a')).drainNode.disabled, false, 'a node with pods can be drained');
  });

  it('disables every control of a node that is not in environment.nodes, saying so', async () => {
    const c = clusterPlan({ replicas: 2, place: (pod) => (pod.ordinal === 1 ? 'node-x' : 'node-a') });
    const { stage } = mount(c.plan);
    await stage.show(c.plan.frames.length - 1, 0);
    const lane = laneNamed('node-x');
    assert.deepEqual(podsIn(lane), ['web-1']);
    assert.equal(text(lane, '.node-state'), '? not in environment.nodes');
    for (const [kind, b] of Object.entries(buttonsOf(lane))) {
      assert.deepEqual([kind, b.disabled, b.title], [kind, true, 'node-x is not in the script\'s environment.nodes']);
    }
  });

  it('sends a lane\'s what-if with its node, and nothing for a disabled one', async () => {
    const c = clusterPlan({ replicas: 3 });
    const { stage, actions } = mount(c.plan);
    await stage.show(c.plan.frames.length - 1, 0);
    const lane = laneNamed('node-c');
    const click = (kind) => lane.querySelector(`.lane__action[data-kind="${kind}"]`).dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    click('failNode');
    click('drainNode');
    click('cordonNode');
    click('restoreNode'); // disabled: node-c is Ready
    assert.deepEqual(actions, [
      { kind: 'failNode', node: 'node-c' },
      { kind: 'drainNode', node: 'node-c' },
      { kind: 'cordonNode', node: 'node-c' },
    ]);
  });

  it('puts a Pending pod no node takes in the Unscheduled lane, with the scheduler\'s message', async () => {
    const message = '0/3 nodes are available: 3 node(s) didn\'t match pod anti-affinity rules.';
    const c = clusterPlan({ replicas: 3, place: (pod) => (pod.ordinal === 2 ? null : 'node-a') });
    const created = c.plan.frames.findIndex((f) => f.event.type === 'PodCreated' && f.event.object === 'web-2');
    c.frames.splice(created + 1, 0, { event: { time: c.frames[created].event.time, type: 'FailedScheduling', object: 'web-2', message }, status: c.frames[created].status });
    const { stage } = mount(c.plan);
    await stage.show(created + 1, 0);
    const lane = document.querySelector('.lane--unscheduled');
    assert.equal(text(lane, '.lane__name'), 'Unscheduled');
    assert.deepEqual(podsIn(lane), ['web-2']);
    assert.equal(text(lane, '.pod__reason'), message);
    assert.equal(lane.querySelectorAll('.lane__action').length, 0, 'no node what-ifs on the Unscheduled lane');
    assert.equal(lane.closest('.zone').querySelector('.zone__title'), null, 'after the zones, untitled');
    assert.equal(text(document.querySelector('.event--current'), '.event__type'), '⚠ FailedScheduling');
    assert.ok(document.querySelector('.event--current').classList.contains('event--bad'));
  });

  it('shows each claim\'s zone, and the budgets line', async () => {
    const budgets = [
      { name: 'web-pdb', disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 },
      { name: 'strict', disruptionsAllowed: 0, currentHealthy: 3, desiredHealthy: 3 },
    ];
    const c = clusterPlan({ replicas: 3, budgets });
    const frames = c.frames.map((f) => (f.pvc ? { ...f, pvc: { ...f.pvc, zone: f.pvc.name === 'www-web-2' ? 'zone-2' : 'zone-1' } } : f));
    const plan = { ...c.plan, frames };
    const { stage, layout } = mount(plan);
    await stage.show(plan.frames.length - 1, 0);
    assert.deepEqual([...document.querySelectorAll('.claim__zone')].map((z) => z.textContent), ['zone zone-1', 'zone zone-1', 'zone zone-2']);
    assert.equal(layout.budgets.hidden, false);
    assert.deepEqual([...layout.budgets.querySelectorAll('li')].map((li) => [li.textContent, li.className]), [
      ['PDB web-pdb: 1 disruption allowed (3 healthy, 2 required)', 'budget'],
      ['PDB strict: 0 disruptions allowed (3 healthy, 3 required)', 'budget budget--none'],
    ]);
  });

  it('changes only the lane and the card a frame is about (d3 joins keyed by node and pod)', async () => {
    const c = clusterPlan({ replicas: 6, policy: 'Parallel' });
    failNode(c, 'node-b');
    const { stage, layout } = mount(c.plan);
    const n = c.plan.frames.length;
    await stage.show(n - 2, 0);
    const touched = new Set();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        touched.add(node.closest('.slot')?.getAttribute('aria-label')?.split(':')[0] ?? node.closest('.lane')?.getAttribute('aria-label') ?? node.className);
      }
    });
    observer.observe(layout.pods, { subtree: true, childList: true, attributes: true, characterData: true });
    await stage.show(n - 1, 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    assert.deepEqual([...touched], ['Node node-b'], 'the NotReady node\'s lane head only');
  });

  it('labels the cluster\'s events and explains a node failure with the nodes documentation', async () => {
    const c = clusterPlan({ replicas: 1 });
    failNode(c, 'node-a');
    const { stage } = mount(c.plan);
    await stage.show(c.plan.frames.length - 1, 0);
    const row = document.querySelector('.event--current');
    assert.equal(text(row, '.event__type'), '✕ NodeNotReady');
    assert.ok(row.classList.contains('event--node-down'));
    row.querySelector('.event__why-toggle').dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    assert.match(text(row, '.event__why-text'), /^The node stopped reporting, so the node controller marks it NotReady/);
    assert.equal(row.querySelector('.event__why a').href, 'https://kubernetes.io/docs/concepts/architecture/nodes/#condition');
  });

  it('says it all in Chinese when VS Code is', async () => {
    const c = clusterPlan({ replicas: 3 });
    const { stage } = mount(c.plan, 'zh-cn');
    await stage.show(c.plan.frames.length - 1, 0);
    assert.deepEqual([...document.querySelectorAll('.zone__title')].map((h) => h.textContent), ['可用区 zone-1', '可用区 zone-2']);
    assert.equal(buttonsOf(laneNamed('node-a')).restoreNode.title, 'node-a 处于 Ready：没有需要恢复的');
    assert.equal(buttonsOf(laneNamed('node-a')).failNode.text, '使节点故障');
    new view.mod.Texts().useLocale('en'); // the string table is global: back to English for the other tests
  });
});
