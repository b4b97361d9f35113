// No import cycles in the sources (issue #13 item 4, "no circle"): a cycle makes module load order
// matter (a value read before its module finished loading is undefined) and ties layers together
// that should stand apart, so the whole graph of src/ and webview/ is checked, type imports included.
import * as assert from 'node:assert/strict';
import { buildImportGraph, findCycles, sourceFiles, specifiersOf, type ImportEdge } from './importGraph';

const edge = (from: string, to: string): ImportEdge => ({ from, specifier: to, to });
const graphOf = (edges: Record<string, string[]>) =>
  new Map(Object.entries(edges).map(([from, tos]) => [from, tos.map((to) => edge(from, to))]));

describe('the import graph', () => {
  it('reads static imports, type imports, re-exports, side-effect imports and import() calls', () => {
    const text = [
      "import * as fs from 'node:fs';",
      "import type { A } from './a';",
      "import {\n  b,\n  type C,\n} from '../b';",
      "export { d } from './d';",
      "export type { E } from './e';",
      "import './styles.css';",
      "const lazy = () => import('./lazy');",
      "// not an import: from './comment'",
    ].join('\n');
    assert.deepEqual(specifiersOf(text), ['node:fs', './a', '../b', './d', './e', './styles.css', './lazy']);
  });

  it('finds a cycle through three files and lists it as a closed path', () => {
    const cycles = findCycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts', 'd.ts'], 'c.ts': ['a.ts'], 'd.ts': [] }));
    assert.deepEqual(cycles, [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('finds a file that imports itself, and nothing in a graph without cycles', () => {
    assert.deepEqual(findCycles(graphOf({ 'a.ts': ['a.ts'] })), [['a.ts', 'a.ts']]);
    assert.deepEqual(findCycles(graphOf({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] })), []);
  });

  it('has no cycle among the modules of src/ and webview/', () => {
    const graph = buildImportGraph(sourceFiles('src', 'webview'));
    const resolved = [...graph.values()].flat().filter((e) => e.to !== undefined).length;
    assert.ok(graph.size > 150 && resolved > 500, `only ${graph.size} files and ${resolved} imports found`);
    assert.deepEqual(findCycles(graph).map((cycle) => cycle.join(' → ')), []);
  });
});
