import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'pod-container-image-missing';

function sts(podSpec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${podSpec}`;
}

describe('pod-container-image-missing', () => {
  it('reports a container without image at its name', () => {
    const { text, range } = marked(sts('      containers:\n      - name: «nginx»\n        ports: [{containerPort: 80}]\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.spec.containers[0].image: Required value (container "nginx")' },
    ]);
  });

  it('reports an init container with an empty image at the value', () => {
    const podSpec = '      initContainers:\n      - name: init\n        image: «""»\n      containers:\n      - name: nginx\n        image: nginx\n';
    const { text, range } = marked(sts(podSpec));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'spec.template.spec.initContainers[0].image: Required value (container "init")' },
    ]);
  });

  it('reports an image key without a value at the key', () => {
    const { text, range } = marked(sts('      containers:\n      - name: nginx\n      - name: sidecar\n        «image»:\n'));
    const found = summarize(findingsOf(ID, text));
    assert.deepEqual(found[1], { ruleId: ID, range, message: 'spec.template.spec.containers[1].image: Required value (container "sidecar")' });
  });

  it('accepts containers with images', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
