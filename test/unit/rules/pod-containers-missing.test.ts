import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'pod-containers-missing';
const HEAD = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n';

describe('pod-containers-missing', () => {
  it('reports a pod template without containers at its spec key', () => {
    const { text, range } = marked(`${HEAD}spec:\n  template:\n    «spec»:\n      volumes: []\n`);
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: 'spec.template.spec.containers: Required value' }]);
  });

  it('reports an empty containers list at its key', () => {
    const { text, range } = marked(`${HEAD}spec:\n  template:\n    spec:\n      «containers»: []\n`);
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: 'spec.template.spec.containers: Required value' }]);
  });

  it('reports a StatefulSet without a pod template at the spec key', () => {
    const { text, range } = marked(`${HEAD}«spec»:\n  replicas: 1\n`);
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template: Required value: a StatefulSet needs a pod template with containers' },
    ]);
  });

  it('accepts a template with a container', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
