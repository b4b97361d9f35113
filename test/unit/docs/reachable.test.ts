import * as assert from 'node:assert/strict';
import { collectResources } from '../../../src/core/check';
import { childFields, type DocumentedKind } from '../../../src/core/docs/fieldDocs';
import { hoverAt } from '../../../src/core/docs/hover';
import type { YNode } from '../../../src/core/model/types';
import { parseFile } from '../../../src/core/parse/parseFile';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';

const MAX_DEPTH = 20;

/**
 * One manifest holding every field reachable from the kind (through childFields), each object
 * field opened with all of its fields and each list with one item. A type already open on the
 * way down (or the depth limit) ends the walk there.
 */
function manifestOf(kind: DocumentedKind): { text: string; paths: number } {
  const lines: string[] = [];
  let paths = 0;
  const walk = (path: string, indent: string, open: readonly string[]) => {
    for (const field of childFields(kind, path)) {
      paths++;
      const child = path === '' ? field.name : `${path}.${field.name}`;
      const element = field.type.replace(/^\[\]/, '');
      const nested = childFields(kind, child).length > 0 && open.length < MAX_DEPTH && (element === 'Object' || !open.includes(element));
      if (!nested) {
        lines.push(`${indent}${field.name}: ${placeholder(field.type)}`);
      } else if (field.type.startsWith('[]')) {
        lines.push(`${indent}${field.name}:`, `${indent}-`);
        walk(child, `${indent}  `, [...open, element]);
      } else {
        lines.push(`${indent}${field.name}:`);
        walk(child, `${indent}  `, [...open, element]);
      }
    }
  };
  walk('', '', []);
  return { text: lines.join('\n') + '\n', paths };
}

/** A value of the right shape for a field not opened further. */
function placeholder(type: string): string {
  if (type.startsWith('[]')) return '[]';
  if (type.startsWith('map[') || (/^[A-Z]/.test(type) && type !== 'IntOrString' && type !== 'Quantity')) return '{}';
  return 'x';
}

function keysOf(node: YNode | undefined, out: number[] = []): number[] {
  if (node?.kind === 'map') {
    for (const pair of node.pairs) {
      out.push(pair.keyRange.start);
      keysOf(pair.value, out);
    }
  } else if (node?.kind === 'seq') node.items.forEach((item) => keysOf(item, out));
  return out;
}

describe('hover on every reachable field', () => {
  for (const kind of ['StatefulSet', 'Service'] as const) {
    it(`gives every field path reachable from ${kind} a hover with a non-empty description`, () => {
      const { text, paths } = manifestOf(kind);
      const fixed = text.replace(/^apiVersion: x$/m, `apiVersion: ${kind === 'Service' ? 'v1' : 'apps/v1'}`).replace(/^kind: x$/m, `kind: ${kind}`);
      const file = { uri: 'file:///all.yaml', parsed: parseFile(fixed) };
      assert.deepEqual(file.parsed.documents[0].chunk.problems, []);
      const index = new ResourceIndex(collectResources([file]));
      const keys = keysOf(file.parsed.documents[0].chunk.root);
      assert.equal(keys.length, paths);
      const missing: string[] = [];
      for (const offset of keys) {
        const hover = hoverAt(file, offset, index);
        const description = hover?.markdown.split('\n\n')[1] ?? '';
        if (description === '' || description.startsWith('*Kubernetes')) missing.push(hover?.markdown.split('\n\n').pop() ?? String(offset));
      }
      assert.deepEqual(missing, []);
      assert.ok(paths > (kind === 'Service' ? 50 : 1000), `only ${paths} paths`);
      console.log(`      (${paths} field paths from ${kind}, each with a hover and a description)`);
    });
  }
});
