import * as assert from 'node:assert/strict';
import { findForbiddenStatefulSetChanges } from '../../../src/core/change/statefulSetUpdate';
import { serviceWayOut, statefulSetWayOut } from '../../../src/core/change/wayOut';
import { resourceOf, service, web, type WebOptions } from './fixtures';

function wayOut(before: WebOptions, after: WebOptions, edit = (text: string) => text) {
  const baseline = resourceOf(web(before), 'git:HEAD:web.yaml');
  const edited = resourceOf(edit(web(after)));
  return statefulSetWayOut(edited, baseline, findForbiddenStatefulSetChanges(edited, baseline), 'k8s/web.yaml');
}

describe('the way out of a refused StatefulSet update', () => {
  it('expands every claim of the baseline\'s pods (from ordinals.start), then orphans the set and applies', () => {
    const ordinals = '  ordinals: {start: 1}\n';
    const steps = wayOut({ replicas: 2, namespace: 'shop', extra: ordinals }, { replicas: 4, namespace: 'shop', extra: ordinals, storage: '5Gi' });
    assert.deepEqual(steps.map((s) => s.commands), [
      [
        `kubectl patch pvc www-web-1 -n shop -p '{"spec":{"resources":{"requests":{"storage":"5Gi"}}}}'`,
        `kubectl patch pvc www-web-2 -n shop -p '{"spec":{"resources":{"requests":{"storage":"5Gi"}}}}'`,
      ],
      ['kubectl delete statefulset web -n shop --cascade=orphan'],
      ['kubectl apply -f k8s/web.yaml'],
    ]);
    assert.match(steps[0].text, /allowVolumeExpansion: true/);
    assert.equal(steps[2].text, 'Apply the edited manifest: the new StatefulSet adopts the running pods (web-1, web-2) without restarting them.');
  });

  it('says the adopted pods are then rolled out when the template changed too', () => {
    const steps = wayOut({}, { storage: '2Gi', image: 'nginx:1.25' });
    assert.equal(steps[2].text, 'Apply the edited manifest: the new StatefulSet adopts the running pods (web-0, web-1, web-2); its changed template then replaces them as a rolling update does.');
  });

  it('says a claim cannot shrink instead of patching it', () => {
    const steps = wayOut({ storage: '10Gi' }, { storage: '5Gi' });
    assert.deepEqual(steps[0], { text: 'A claim cannot be made smaller: keep spec.volumeClaimTemplates[0].spec.resources.requests.storage at 10Gi (or copy the data to a new StatefulSet).', commands: [] });
  });

  it('deletes the pods lowest first after a selector change, since they are not adopted', () => {
    const steps = wayOut({}, {}, (text) => text.replace('matchLabels: {app: nginx}', 'matchLabels: {app: nginx, tier: web}').replace('      labels: {app: nginx}', '      labels: {app: nginx, tier: web}'));
    assert.deepEqual(steps.map((s) => s.commands).flat(), [
      'kubectl delete statefulset web -n default --cascade=orphan', 'kubectl apply -f k8s/web.yaml',
      'kubectl delete pod web-0 -n default', 'kubectl delete pod web-1 -n default', 'kubectl delete pod web-2 -n default',
    ]);
    assert.match(steps[1].text, /do not match the new selector/);
  });

  it('recreates the pods highest first to move them to a renamed Service', () => {
    const steps = wayOut({}, { serviceName: 'web' });
    assert.equal(steps[2].text, 'The adopted pods keep their subdomain nginx until they are recreated: delete them one at a time, highest ordinal first, to give them DNS names under web:');
    assert.deepEqual(steps[2].commands, ['kubectl delete pod web-2 -n default', 'kubectl delete pod web-1 -n default', 'kubectl delete pod web-0 -n default']);
  });

  it('quotes names and files for the shell', () => {
    assert.deepEqual(serviceWayOut(resourceOf(service()), "it's here.yaml")[0].commands, ['kubectl delete service nginx -n default', `kubectl apply -f 'it'\\''s here.yaml'`]);
  });
});
