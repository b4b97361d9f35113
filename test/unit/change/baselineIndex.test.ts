import * as assert from 'node:assert/strict';
import { BaselineIndex } from '../../../src/core/change/baselineIndex';
import { identityOf } from '../../../src/core/change/identity';
import { resourcesOf, service, web } from './fixtures';

describe('matching resources with their baseline', () => {
  it('names a resource by API group, kind, namespace (default when unset) and name, not by version or file', () => {
    assert.equal(identityOf(resourcesOf(web())[0]), 'apps/StatefulSet/default/web');
    assert.equal(identityOf(resourcesOf(web({ namespace: 'default' }), 'file:///other.yaml')[0]), 'apps/StatefulSet/default/web');
    assert.equal(identityOf(resourcesOf(web().replace('apps/v1', 'apps/v1beta2'))[0]), 'apps/StatefulSet/default/web');
    assert.equal(identityOf(resourcesOf(service())[0]), '/Service/default/nginx');
    assert.equal(identityOf(resourcesOf('apiVersion: v1\nkind: Service\nmetadata: {}\n')[0]), undefined);
  });

  it('finds the baseline of a resource that moved to another file, and none for one moved to another namespace', () => {
    const index = new BaselineIndex(resourcesOf(`${web()}---\n${service()}`, 'git:HEAD:all.yaml'));
    const moved = resourcesOf(web(), 'file:///sts/web.yaml');
    assert.equal(index.lookupFor(moved)(moved[0])?.uri, 'git:HEAD:all.yaml');
    const elsewhere = resourcesOf(web({ namespace: 'shop' }));
    assert.equal(index.lookupFor(elsewhere)(elsewhere[0]), undefined);
  });

  it('gives no baseline to an identity written twice, in the baseline or in the working tree', () => {
    const twice = new BaselineIndex(resourcesOf(`${web()}---\n${web({ replicas: 5 })}`, 'git:HEAD:web.yaml'));
    const working = resourcesOf(web());
    assert.equal(twice.lookupFor(working)(working[0]), undefined);
    assert.deepEqual([...twice.duplicated], ['apps/StatefulSet/default/web']);
    const once = new BaselineIndex(resourcesOf(web(), 'git:HEAD:web.yaml'));
    const workingTwice = resourcesOf(`${web()}---\n${web()}`);
    assert.equal(once.lookupFor(workingTwice)(workingTwice[0]), undefined);
  });

  it('leaves out a baseline document with a YAML error (its resource counts as new)', () => {
    const broken = web().replace('  replicas: 3\n', '  replicas: 3\n   bad: [indent\n');
    const index = new BaselineIndex(resourcesOf(`${broken}---\n${service()}`, 'git:HEAD:web.yaml'));
    const working = resourcesOf(`${web()}---\n${service()}`);
    assert.deepEqual(working.map((r) => index.lookupFor(working)(r)?.kind.value), [undefined, 'Service']);
  });

  it('matches the resources it was built with once, so a look-up is a map read and another parse of them matches nothing', () => {
    const index = new BaselineIndex(resourcesOf(`${web()}---\n${service()}`, 'git:HEAD:all.yaml'));
    const working = resourcesOf(`${web()}---\n${service()}`);
    const lookup = index.lookupFor(working);
    assert.deepEqual(working.map((r) => lookup(r)?.kind.value), ['StatefulSet', 'Service']);
    assert.equal(lookup(resourcesOf(web())[0]), undefined);
  });
});
