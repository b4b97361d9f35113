// Issue #13 item 4, "one façade": the adapters (src/*.ts, src/panel, src/cli, src/util) reach the
// core only through src/core/index.ts; the webview bundle and the protocol it shares take only the
// panel's strings and the simulator's plan and types; and nothing inside src/core imports the
// façade back. ESLint (no-restricted-imports) says the same while editing; this reads the sources.
import * as assert from 'node:assert/strict';
import { buildImportGraph, sourceFiles, type ImportEdge } from './importGraph';

const FACADE = 'src/core/index.ts';
/** What the webview and src/protocol may take from the core (no façade: it would pull in the whole core). */
const PANEL_CORE = new Set([
  'src/core/l10n/panelMessages.ts',
  'src/core/simulate/types.ts',
  'src/core/simulate/planRollout.ts',
  'src/core/simulate/timeline.ts',
  'src/core/simulate/formatWatch.ts',
  'src/core/simulate/why.ts', // the timeline's "why?" texts (its tables come through panelMessages)
  'src/core/learn/volumeData.ts', // the data-survives experiment's volume contents (docs/learn.md §4)
]);

const graph = buildImportGraph(sourceFiles('src', 'webview'));
const edges = [...graph.values()].flat();
const intoCore = (edge: ImportEdge) => edge.to?.startsWith('src/core/') === true;
const isCore = (file: string) => file.startsWith('src/core/');
const isPanelSide = (file: string) => file.startsWith('webview/') || file.startsWith('src/protocol/');
const describeEdge = (edge: ImportEdge) => `${edge.from} imports '${edge.specifier}'`;

describe('the core façade', () => {
  it('is the only core module the adapters and the CLI import, types included', () => {
    const adapterEdges = edges.filter((edge) => !isCore(edge.from) && !isPanelSide(edge.from) && intoCore(edge));
    const importers = new Set(adapterEdges.map((edge) => edge.from));
    assert.ok(importers.size >= 25, `only ${importers.size} adapter files import the core: is the graph read right?`);
    assert.deepEqual(adapterEdges.filter((edge) => edge.to !== FACADE).map(describeEdge), []);
  });

  it('leaves the webview and the protocol only the panel strings and the simulator plan and types', () => {
    const panelEdges = edges.filter((edge) => isPanelSide(edge.from) && intoCore(edge));
    assert.ok(panelEdges.length >= 10, `only ${panelEdges.length} webview imports of the core found`);
    assert.deepEqual(panelEdges.filter((edge) => !PANEL_CORE.has(edge.to!)).map(describeEdge), []);
  });

  it('is imported by no module of the core (it re-exports them, so it can close no cycle)', () => {
    const back = edges.filter((edge) => isCore(edge.from) && edge.to === FACADE);
    assert.deepEqual(back.map(describeEdge), []);
  });

  it('imports nothing outside src/core, and no vscode', () => {
    const facadeFiles = [FACADE, ...sourceFiles('src/core/service')];
    const outside = facadeFiles.flatMap((file) => graph.get(file)!).filter((edge) => edge.to ? !isCore(edge.to) : !edge.specifier.startsWith('.'));
    assert.deepEqual(outside.map(describeEdge), []);
  });
});
