import * as assert from 'node:assert/strict';
import { parseFile } from '../../../src/core/parse/parseFile';
import { checkSchema } from '../../../src/core/schema/checkSchema';
import type { K8sSchema } from '../../../src/core/schema/schemaTypes';

// A recursive schema of our own: Kubernetes types do not nest themselves, so this is the way to
// make every alias of a bomb reachable by the walk.
const TREE: K8sSchema = {
  kubernetesVersion: 'test',
  source: {},
  roots: { Tree: { apiVersion: 'v1', type: 'Node' } },
  types: { Node: { properties: { name: 'string', children: { array: { ref: 'Node' } } }, required: ['name'] } },
};

function rootOf(text: string) {
  return parseFile(text).documents[0].chunk.root!;
}

function bomb(levels: number, width: number): string {
  const lines = ['l0: &l0 {name: leaf, extra: 1}'];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} {name: n${i}, children: [${Array(width).fill(`*l${i - 1}`).join(', ')}]}`);
  return `${lines.join('\n')}\nname: root\nchildren: [${Array(width).fill(`*l${levels - 1}`).join(', ')}]\n`;
}

describe('checkSchema', () => {
  it('walks a 10 × 10 alias bomb in linear time and reports its one bad node once', () => {
    const root = rootOf(bomb(10, 10));
    const started = Date.now();
    const findings = checkSchema(root, 'Node', 'k8s-schema', { schema: TREE });
    assert.ok(Date.now() - started < 500, `took ${Date.now() - started} ms`);
    // l0..l9 at the top level are unknown fields of the root; `extra` is unknown in l0, reported once.
    assert.deepEqual(findings.filter((f) => f.message.endsWith('.extra"')).map((f) => f.message), [`unknown field "${'children[0].'.repeat(10)}extra"`]);
    assert.equal(findings.length, 11);
  });

  it('stops descending once the node budget is spent, and still returns what it found', () => {
    const root = rootOf(bomb(10, 10));
    const findings = checkSchema(root, 'Node', 'k8s-schema', { schema: TREE, nodeBudget: 3 });
    assert.equal(findings.length, 10); // the root's unknown l0..l9; the walk never gets down to `extra`
  });

  it('does not throw on a type the schema does not have', () => {
    assert.deepEqual(checkSchema(rootOf('a: 1\n'), 'Missing', 'k8s-schema', { schema: TREE }), []);
  });
});
