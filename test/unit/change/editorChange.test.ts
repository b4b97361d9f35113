// What the editor shows of an edit (change/editorChange.ts): the CodeLens line, remembered so that a
// keystroke leaving both specs as they were simulates nothing; the way out for a hover; and the
// steps the panel's "Simulate this change" plays (rollout.ts changeSteps).
import * as assert from 'node:assert/strict';
import { describeWayOut, summarizeChange } from '../../../src/core/change/editorChange';
import { changeSteps } from '../../../src/core/change/rollout';
import { setLocale } from '../../../src/core/l10n/messages';
import { resourceOf, service, web } from './fixtures';

const baselineOf = (text: string) => resourceOf(text, 'git:HEAD:web.yaml');

describe('the editor\'s view of a change (CodeLens line, way out, change simulation)', () => {
  afterEach(() => setLocale('en'));

  it('sums up an image change, a scale-up and a labels-only edit in one line each', () => {
    const before = baselineOf(web({ replicas: 5, partition: 2 }));
    assert.equal(
      summarizeChange(resourceOf(web({ replicas: 5, partition: 2, image: 'nginx:1.25' })), before)?.text,
      'template changed (image nginx:1.24 → nginx:1.25): RollingUpdate replaces web-4, web-3 and web-2 one at a time, each waits Ready; web-1 and web-0 stay (partition 2)',
    );
    assert.equal(summarizeChange(resourceOf(web({ replicas: 7, partition: 2 })), before)?.text, 'replicas 5 → 7: creates web-5 and web-6 and claims www-web-5 and www-web-6');
    assert.equal(summarizeChange(resourceOf(web({ replicas: 5, partition: 2, labels: '{app: nginx, tier: web}' })), before)?.text, 'no pod restarts (the pod template is unchanged)');
  });

  it('has no line for an unchanged StatefulSet or one whose edit only touches comments and quoting', () => {
    const before = baselineOf(web());
    assert.equal(summarizeChange(resourceOf(web()), before), undefined);
    assert.equal(summarizeChange(resourceOf(web().replace('serviceName: nginx', 'serviceName: "nginx" # headless')), before), undefined);
  });

  it('says the apiserver refuses a forbidden edit instead of simulating it', () => {
    const summary = summarizeChange(resourceOf(web({ serviceName: 'other' })), baselineOf(web()));
    assert.deepEqual(summary, { text: 'the apiserver refuses this update (spec.serviceName): no pod changes; see the problems for the way out', refused: true });
  });

  it('simulates an edit once: another parse of the same values (a comment typed) gets the remembered line', () => {
    const before = baselineOf(web());
    const first = summarizeChange(resourceOf(web({ image: 'nginx:1.26' })), before);
    const again = summarizeChange(resourceOf(`# a comment typed\n${web({ image: 'nginx:1.26' })}`), baselineOf(`${web()}\n`));
    assert.ok(first);
    assert.equal(again, first, 'the same object: nothing was simulated again');
  });

  it('gives the way out of a larger claim template with one kubectl patch per existing claim, and none for an allowed edit', () => {
    const way = describeWayOut(resourceOf(web({ storage: '2Gi' })), baselineOf(web()), 'k8s/web.yaml')!;
    for (const pod of ['web-0', 'web-1', 'web-2']) assert.ok(way.includes(`kubectl patch pvc www-${pod} -n default -p '{"spec":{"resources":{"requests":{"storage":"2Gi"}}}}'`), way);
    assert.ok(way.includes('kubectl delete statefulset web -n default --cascade=orphan'));
    assert.ok(way.includes('kubectl apply -f k8s/web.yaml'));
    assert.equal(describeWayOut(resourceOf(web({ image: 'nginx:1.25' })), baselineOf(web()), 'web.yaml'), undefined);
    const headless = describeWayOut(resourceOf(service('  clusterIP: None\n  selector: {app: nginx}\n')), baselineOf(service('  selector: {app: nginx}\n')), 'svc.yaml')!;
    assert.ok(headless.includes('kubectl delete service nginx -n default'), headless);
  });

  it('plays a change from the baseline settled: apply the baseline, then the edit as kubectl apply patches it', () => {
    const steps = changeSteps(resourceOf(web({ image: 'nginx:1.25' })), baselineOf(web()));
    assert.ok(!('problem' in steps));
    assert.equal((steps.manifest.spec as { serviceName: string }).serviceName, 'nginx');
    assert.deepEqual(steps.steps, [
      { kind: 'apply', patch: {} },
      { kind: 'apply', patch: { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] } } } } },
    ]);
  });
});
