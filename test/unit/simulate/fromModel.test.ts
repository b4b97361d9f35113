import * as assert from 'node:assert/strict';
import { collectResources } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { findStatefulSets, selectStatefulSet, toSimInput } from '../../../src/core/simulate/fromModel';
import type { SimInput } from '../../../src/core/simulate/input';

const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: 2
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx, tier: web}}
    spec:
      containers: [{name: nginx, image: nginx}]
`;

function service(spec: string, namespace = 'default', name = 'nginx'): string {
  return `---\napiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: ${namespace}}\nspec: ${spec}\n`;
}

function inputOf(...texts: string[]): SimInput {
  const files = texts.map((text, i) => ({ uri: `file:///f${i}.yaml`, parsed: parseFile(text) }));
  const [sts] = findStatefulSets(files);
  return toSimInput(sts, new ResourceIndex(collectResources(files)));
}

describe('toSimInput', () => {
  it('turns the StatefulSet into plain JSON and finds its governing headless Service', () => {
    const input = inputOf(STS + service('{clusterIP: None, selector: {app: nginx}, publishNotReadyAddresses: true}'));
    assert.deepEqual(input.manifest, {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web' },
      spec: {
        serviceName: 'nginx',
        replicas: 2,
        selector: { matchLabels: { app: 'nginx' } },
        template: { metadata: { labels: { app: 'nginx', tier: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      },
    });
    assert.deepEqual(input.service, { name: 'nginx', namespace: 'default', governs: true, publishNotReadyAddresses: true });
  });

  it('resolves the Service from another file checked together', () => {
    assert.equal(inputOf(STS, service('{clusterIP: None, selector: {app: nginx}}')).service?.governs, true);
  });

  it('has no Service when serviceName is unset', () => {
    assert.equal(inputOf(STS.replace('  serviceName: nginx\n', '')).service, undefined);
  });

  it('says when no Service of that name exists in the namespace, and where one is', () => {
    assert.deepEqual(inputOf(STS).service, {
      name: 'nginx', namespace: 'default', governs: false, publishNotReadyAddresses: false, problem: 'no Service named "nginx" in namespace "default"',
    });
    assert.equal(
      inputOf(STS + service('{clusterIP: None, selector: {app: nginx}}', 'other')).service?.problem,
      'no Service named "nginx" in namespace "default" (there is one in namespace "other")',
    );
  });

  it('says why a Service is not headless', () => {
    const problem = (spec: string) => inputOf(STS + service(spec)).service?.problem;
    assert.equal(
      problem('{selector: {app: nginx}}'),
      'Service "nginx" is not headless (clusterIP is unset, so the cluster assigns a virtual IP; a headless Service has clusterIP: None)',
    );
    assert.equal(problem('{clusterIP: 10.0.0.7, selector: {app: nginx}}'), 'Service "nginx" is not headless (clusterIP 10.0.0.7; a headless Service has clusterIP: None)');
    assert.equal(problem('{type: ExternalName, externalName: db.example.com, selector: {app: nginx}}'), 'Service "nginx" is not headless (type ExternalName)');
  });

  it('says when the Service does not select the pods, with both label sets', () => {
    const problem = (spec: string) => inputOf(STS + service(spec)).service?.problem;
    assert.equal(problem('{clusterIP: None, selector: {app: db}}'), 'Service "nginx" does not select the pods (selector app=db, pod labels app=nginx,tier=web)');
    assert.equal(problem('{clusterIP: None}'), 'Service "nginx" does not select the pods (it has no selector; pod labels app=nginx,tier=web)');
    assert.equal(
      problem('{clusterIP: 10.0.0.7, selector: {app: db}}'),
      'Service "nginx" is not headless (clusterIP 10.0.0.7; a headless Service has clusterIP: None); Service "nginx" does not select the pods (selector app=db, pod labels app=nginx,tier=web)',
    );
  });

  it('says when serviceName cannot name a Service at all', () => {
    assert.equal(inputOf(STS.replace('serviceName: nginx', 'serviceName: Nginx_1')).service?.problem, 'spec.serviceName "Nginx_1" cannot name a Service (not a DNS-1035 label)');
  });
});

describe('findStatefulSets and selectStatefulSet', () => {
  const setsOf = (text: string) => findStatefulSets([{ uri: 'file:///x.yaml', parsed: parseFile(text) }]);
  const named = (name: string, namespace = 'default') => `---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: ${name}, namespace: ${namespace}}\n`;

  it('finds only apps StatefulSets, in document order', () => {
    const sets = setsOf(named('a') + service('{}') + '---\napiVersion: apps.kruise.io/v1beta1\nkind: StatefulSet\nmetadata: {name: k}\n' + named('b'));
    assert.deepEqual(sets.map((s) => s.name?.value), ['a', 'b']);
  });

  it('takes the only StatefulSet, or the one named, and says what went wrong otherwise', () => {
    const pick = (text: string, wanted?: string) => {
      const selection = selectStatefulSet(setsOf(text), wanted);
      return 'statefulSet' in selection ? `${selection.statefulSet.namespace}/${selection.statefulSet.name?.value}` : selection;
    };
    assert.equal(pick(named('a')), 'default/a');
    assert.deepEqual(pick(service('{}')), { problem: 'none', names: [] });
    assert.deepEqual(pick(named('a') + named('b')), { problem: 'several', names: ['a', 'b'] });
    assert.equal(pick(named('a') + named('b'), 'b'), 'default/b');
    assert.deepEqual(pick(named('a') + named('b'), 'c'), { problem: 'notFound', names: ['a', 'b'] });
    assert.deepEqual(pick(named('a', 'x') + named('a', 'prod'), 'a'), { problem: 'ambiguous', names: ['x/a', 'prod/a'] });
    assert.equal(pick(named('a', 'x') + named('a', 'prod'), 'prod/a'), 'prod/a');
    assert.deepEqual(pick(named('a', 'x') + named('b', 'prod')), { problem: 'several', names: ['x/a', 'prod/b'] });
  });
});
