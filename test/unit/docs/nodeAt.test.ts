import * as assert from 'node:assert/strict';
import { nodeAt, toPath, toSchemaPath } from '../../../src/core/docs/nodeAt';
import { caretFixture, STS_HEAD } from './hoverHelpers';

function at(source: string) {
  const { file, caret, text } = caretFixture(source);
  const found = nodeAt(file, caret);
  return found && { on: found.on, path: found.path, text: text.slice(found.range.start, found.range.end), kind: found.resource?.type };
}

describe('nodeAt', () => {
  it('finds a key with its indexed path', () => {
    const text = `${STS_HEAD}  template:\n    spec:\n      containers:\n      - name: a\n      - name: b\n        ima|ge: x\n`;
    assert.deepEqual(at(text), { on: 'key', path: 'spec.template.spec.containers[1].image', text: 'image', kind: 'StatefulSet' });
  });

  it('finds a value, also with the caret just after it', () => {
    assert.deepEqual(at(`${STS_HEAD}  replicas: 3|\n`), { on: 'value', path: 'spec.replicas', text: '3', kind: 'StatefulSet' });
  });

  it('takes the dash of a list item as the item', () => {
    const text = `${STS_HEAD}  volumeClaimTemplates:\n  |- metadata:\n      name: www\n`;
    assert.deepEqual(at(text), { on: 'key', path: 'spec.volumeClaimTemplates[0]', text: '-', kind: 'StatefulSet' });
  });

  it('finds the node in the right document of a stream', () => {
    const text = `apiVersion: v1\nkind: Service\n---\n${STS_HEAD}  serviceNa|me: nginx\n`;
    assert.deepEqual(at(text), { on: 'key', path: 'spec.serviceName', text: 'serviceName', kind: 'StatefulSet' });
  });

  it('finds nothing in blank space', () => {
    assert.equal(at(`${STS_HEAD}  replicas: 3\n|\n`), undefined);
  });

  it('writes paths with indices, and schema paths without them and without dotted label keys', () => {
    assert.equal(toPath(['spec', 'containers', 0, 'image']), 'spec.containers[0].image');
    assert.equal(toSchemaPath(['metadata', 'labels', 'app.kubernetes.io/name']), 'metadata.labels._');
    assert.equal(toSchemaPath(['spec', 'containers', 0, 'image']), 'spec.containers.image');
  });
});
