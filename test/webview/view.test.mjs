// webview/view.ts in jsdom: the view after each frame, drawn with duration-0 transitions. The view
// module is bundled by esbuild for the test (d3 included); plans come from the compiled core.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatWatch, scenario, useViewInJsdom } from './support.mjs';

const view = useViewInJsdom();

/** A fresh page with the layout and a stage holding the scenario's plan. */
function mount(options) {
  document.body.replaceChildren();
  const seeks = [];
  const problems = [];
  const layout = view.mod.buildLayout(document.body);
  const stage = new view.mod.Stage(layout, { seek: (i) => seeks.push(i), openProblem: (i) => problems.push(i) });
  const s = scenario(options);
  stage.load(s.plan, 1, `StatefulSet ${s.plan.statefulset}`);
  return { layout, stage, plan: s.plan, result: s.result, seeks, problems };
}

const slots = () => [...document.querySelectorAll('.slot')];
const slotNamed = (name) => slots().find((s) => s.querySelector('.pod__name').textContent === name);
const statusOf = (name) => slotNamed(name)?.querySelector('.pod__status').textContent;
const lastIndexOf = (plan, test) => plan.frames.findLastIndex(test);

describe('webview view (jsdom, duration 0)', () => {
  it('shows web-0 Ready before web-1 exists, one card per ordinal in order, keyed by pod name', async () => {
    const { stage, plan } = mount({ replicas: 3 });
    let web0Ready = -1;
    let web1Seen = -1;
    const nodes = new Map();
    for (let i = -1; i < plan.frames.length; i++) {
      assert.equal(await stage.show(i, 0), true);
      if (web0Ready < 0 && statusOf('web-0') === 'Ready') web0Ready = i;
      if (web1Seen < 0 && slotNamed('web-1')) web1Seen = i;
      const names = slots().map((s) => s.querySelector('.pod__name').textContent);
      assert.deepEqual(names, [...names].sort(), `ordinal order at frame ${i}`);
      for (const slot of slots()) {
        const name = slot.querySelector('.pod__name').textContent;
        if (nodes.has(name)) assert.equal(nodes.get(name), slot, `${name} keeps its element at frame ${i}`);
        nodes.set(name, slot);
      }
    }
    assert.ok(web0Ready >= 0 && web1Seen > web0Ready, `web-0 Ready at ${web0Ready}, web-1 created at ${web1Seen}`);
    assert.deepEqual(
      slots().map((s) => s.querySelector('.dns').textContent),
      ['web-0.nginx.default.svc.cluster.local', 'web-1.nginx.default.svc.cluster.local', 'web-2.nginx.default.svc.cluster.local'],
    );
    assert.deepEqual(
      [...document.querySelectorAll('.claim__name')].map((c) => c.textContent),
      ['www-web-0', 'www-web-1', 'www-web-2'],
    );
    assert.deepEqual([...document.querySelectorAll('.claim__phase')].map((c) => c.textContent), ['Bound', 'Bound', 'Bound']);
    assert.deepEqual([...document.querySelectorAll('.service__answers .chip')].map((c) => c.textContent), ['10.244.0.2', '10.244.0.3', '10.244.0.4']);
    assert.equal(document.querySelector('.service__name').textContent, 'nginx.default.svc.cluster.local');
    assert.equal(document.querySelector('.counter--ready .counter__value').textContent, '3');
    assert.ok(slotNamed('web-0').querySelector('.pod').classList.contains('pod--ready'));
  });

  it('highlights the Blocked events with the controller’s reason', async () => {
    const { stage, plan } = mount({ replicas: 3 });
    const blocked = plan.frames.findIndex((f) => f.event.type === 'Blocked');
    await stage.show(blocked, 0);
    const current = document.querySelector('.event--current');
    assert.ok(current.classList.contains('event--blocked'));
    assert.equal(current.querySelector('.event__message').textContent, 'web-1 waits for web-0 to be Running and Ready');
    assert.equal(current.getAttribute('aria-current'), 'step');
    assert.ok(document.querySelector('.event--future'), 'later events are listed, dimmed');
  });

  it('shows a new IP under the same name after a pod is deleted, and the claim while the pod is gone', async () => {
    const { stage, plan } = mount({ replicas: 3, steps: [{ deletePod: 'web-1', at: 20 }] });
    const gone = plan.frames.findIndex((f) => f.event.type === 'PodDeleted' && f.event.object === 'web-1');
    await stage.show(gone, 0);
    assert.equal(statusOf('web-1'), 'no pod');
    assert.ok(slotNamed('web-1').querySelector('.pod').classList.contains('pod--gone'));
    assert.equal(slotNamed('web-1').querySelector('.claim__name').textContent, 'www-web-1');
    assert.equal(slotNamed('web-1').querySelector('.ip__old').textContent, '10.244.0.3');
    await stage.show(plan.frames.length - 1, 0);
    const web1 = slotNamed('web-1');
    assert.equal(web1.querySelector('.ip').textContent, '10.244.0.5');
    assert.equal(web1.querySelector('.ip__badge').hidden, false);
    assert.equal(web1.querySelector('.ip__old').textContent, '10.244.0.3');
    assert.equal(web1.querySelector('.dns').textContent, 'web-1.nginx.default.svc.cluster.local');
    assert.equal(slotNamed('web-0').querySelector('.ip__badge').hidden, true);
  });

  it('keeps the claims of scaled-down pods on screen', async () => {
    const { stage, plan } = mount({ replicas: 3, steps: [{ scale: 1, at: 15 }] });
    await stage.show(plan.frames.length - 1, 0);
    assert.deepEqual(slots().map((s) => s.querySelector('.pod__name').textContent), ['web-0', 'web-1', 'web-2']);
    assert.equal(statusOf('web-0'), 'Ready');
    assert.equal(statusOf('web-2'), 'no pod');
    assert.equal(slotNamed('web-2').querySelector('.claim__name').textContent, 'www-web-2');
    assert.equal(document.querySelector('.counter--replicas .counter__value').textContent, '1');
    // Scrubbing back brings the pods back in the same elements.
    const web2 = slotNamed('web-2');
    await stage.show(lastIndexOf(plan, (f) => f.event.time < 15), 0);
    assert.equal(slotNamed('web-2'), web2);
    assert.equal(statusOf('web-2'), 'Ready');
  });

  it('prints the same kubectl get pods -w transcript as formatWatch, at every frame', async () => {
    const { stage, plan, result } = mount({ replicas: 3, steps: [{ deletePod: 'web-1', at: 20 }, { setImage: { image: 'nginx:bad', outcome: 'crashLoop' }, at: 30 }] });
    const full = result();
    for (const i of [-1, 3, 10, 20, plan.frames.length - 1]) {
      await stage.show(i, 0);
      const expected = formatWatch({ ...full, states: full.states.slice(0, i + 1), final: i < 0 ? { ...full.final, pods: [] } : full.final }, 1);
      assert.equal(stage.transcriptText(), expected, `transcript after frame ${i}`);
    }
    assert.match(document.querySelector('.transcript__text').textContent, /^NAME {3,}READY/);
  });

  it('answers nslookup at the current frame', async () => {
    const { stage, plan } = mount({ replicas: 2 });
    await stage.show(plan.frames.length - 1, 0);
    assert.equal(stage.lookup('web-0.nginx'), 'Name:\tweb-0.nginx.default.svc.cluster.local\nAddress: 10.244.0.2');
    assert.equal(stage.lookup('nginx'), 'Name:\tnginx.default.svc.cluster.local\nAddress: 10.244.0.2\nAddress: 10.244.0.3');
    await stage.show(plan.frames.findIndex((f) => f.event.type === 'PodRunning'), 0);
    assert.equal(stage.lookup('web-0.nginx'), "** server can't find web-0.nginx: NXDOMAIN (web-0 is not Ready)");
    const input = document.querySelector('.nslookup__input');
    input.value = 'web-0.nginx';
    input.dispatchEvent(new window.Event('input'));
    assert.match(document.querySelector('.nslookup__answer').textContent, /NXDOMAIN/);
  });

  it('shows the DNS problem instead of the Service when no headless Service governs the set', async () => {
    const { stage, plan } = mount({ replicas: 2, service: { name: 'nginx', namespace: 'default', governs: false, publishNotReadyAddresses: false, problem: 'Service "nginx" is not headless' } });
    await stage.show(plan.frames.length - 1, 0);
    assert.ok(document.querySelector('.service').classList.contains('service--problem'));
    assert.match(document.querySelector('.service__name').textContent, /not headless/);
    assert.equal(document.querySelectorAll('.service__answers .chip').length, 0);
    assert.equal(slotNamed('web-0').querySelector('.dns').textContent, 'none (no headless Service)');
  });

  it('inserts hostile names as text only', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const { stage, plan, layout } = mount({ name, replicas: 1 });
    stage.setProblems([{ message: '<b>bold</b>', index: 0 }]);
    await stage.show(plan.frames.length - 1, 0);
    assert.equal(document.querySelectorAll('img, b').length, 0);
    assert.equal(layout.title.textContent, `StatefulSet ${name}`);
    assert.equal(slots()[0].querySelector('.pod__name').textContent, `${name}-0`);
    assert.equal(document.querySelector('.problem__link').textContent, '<b>bold</b>');
  });

  it('lists the problems; clicking one asks to open it', async () => {
    const { stage, problems, layout } = mount({ replicas: 1 });
    stage.setProblems([{ message: 'no headless Service', ruleId: 'sts-service-missing', index: 4 }]);
    assert.equal(layout.problems.hidden, false);
    document.querySelector('.problem__link').click();
    assert.deepEqual(problems, [4]);
    stage.setProblems([]);
    assert.equal(layout.problems.hidden, true);
  });

  it('clicking an event seeks to it', async () => {
    const { stage, seeks } = mount({ replicas: 2 });
    await stage.show(5, 0);
    document.querySelectorAll('.event')[2].dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    assert.deepEqual(seeks, [2]);
  });
});

// ---- The "why?" toggle of the event timeline (webview/eventWhy.ts) ----

function mountWhy({ policy = 'OrderedReady', locale = 'en' } = {}) {
  document.body.replaceChildren();
  const seeks = [];
  const layout = view.mod.buildLayout(document.body);
  layout.texts.useLocale(locale);
  const stage = new view.mod.Stage(layout, { seek: (i) => seeks.push(i), openProblem: () => {} });
  const { plan } = scenario({ replicas: 3, policy });
  stage.load(plan, 1, 'StatefulSet web', policy);
  return { stage, plan, seeks };
}

/** The timeline row of frame `index` (rows are keyed by frame index). */
const rowOf = (index) => [...document.querySelectorAll('.events__list li')].find((li) => li.__data__ === index);
const click = (node) => node.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
const created = (plan, pod) => plan.frames.findIndex((f) => f.event.type === 'PodCreated' && f.event.object === pod);

describe('the why of a timeline event (jsdom)', () => {
  it('expands PodCreated web-1 to the OrderedReady explanation and its docs link, without seeking, and folds it again', async () => {
    const { stage, plan, seeks } = mountWhy();
    const index = created(plan, 'web-1');
    await stage.show(index, 0);
    const toggle = rowOf(index).querySelector('.event__why-toggle');
    assert.equal(toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(rowOf(index).querySelector('.event__why'), null);
    click(toggle);
    const why = rowOf(index).querySelector('.event__why');
    assert.equal(why.querySelector('.event__why-text').textContent.trim(), 'OrderedReady: the controller creates web-1 only after web-0 is Running and Ready.');
    assert.equal(why.querySelector('a').href, 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies');
    assert.equal(toggle.getAttribute('aria-expanded'), 'true');
    click(why.querySelector('.event__why-text'));
    assert.deepEqual(seeks, [], 'neither the toggle nor the explanation seeks');
    click(toggle);
    assert.equal(rowOf(index).querySelector('.event__why'), null);
    assert.equal(toggle.getAttribute('aria-expanded'), 'false');
  });

  it('keeps an explanation open while playback moves on, until a new plan comes', async () => {
    const { stage, plan } = mountWhy();
    const index = created(plan, 'web-1');
    await stage.show(index, 0);
    click(rowOf(index).querySelector('.event__why-toggle'));
    await stage.show(index + 1, 0);
    assert.ok(rowOf(index).querySelector('.event__why'), 'still open one frame later');
    stage.load(plan, 1, 'StatefulSet web', 'OrderedReady');
    await stage.show(index, 0);
    assert.equal(rowOf(index).querySelector('.event__why'), null);
  });

  it('explains the same event by the Parallel policy when the plan is Parallel, in Chinese when VS Code is', async () => {
    const { stage, plan } = mountWhy({ policy: 'Parallel', locale: 'zh-cn' });
    const index = created(plan, 'web-2');
    await stage.show(index, 0);
    click(rowOf(index).querySelector('.event__why-toggle'));
    assert.equal(rowOf(index).querySelector('.event__why-toggle').textContent, '为什么？');
    assert.equal(rowOf(index).querySelector('.event__why-text').textContent.trim(), 'Parallel：控制器创建 web-2，不等待 web-1 进入 Running 或 Ready。');
    assert.equal(rowOf(index).querySelector('.event__why a').textContent, 'Kubernetes 文档');
  });
});
