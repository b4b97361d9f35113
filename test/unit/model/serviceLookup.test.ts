import * as assert from 'node:assert/strict';
import { checkFiles, collectResources, type SourceFile } from '../../../src/core/check';
import { lookUpService, MAX_HEADLESS_CANDIDATES } from '../../../src/core/model/serviceLookup';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import type { YNode } from '../../../src/core/model/types';
import { parseFile, type FileDocument } from '../../../src/core/parse/parseFile';
import { NearNames } from '../../../src/core/schema/closestName';

// One headless Service and one StatefulSet; `{i}` is replaced per copy. `{svc}` is the name the
// StatefulSet gives in serviceName.
const TEMPLATE = `apiVersion: v1
kind: Service
metadata: {name: "svc-{i}"}
spec: {clusterIP: None, selector: {app: "a{i}"}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: "s{i}"}
spec: {serviceName: "{svc}", selector: {matchLabels: {app: "a{i}"}}, template: {metadata: {labels: {app: "a{i}"}}}}
`;

function cloneRenamed(node: YNode, rename: (text: string) => string, parent?: YNode): YNode {
  const copy: Record<string, unknown> = { ...node, parent };
  const self = copy as unknown as YNode;
  if (node.kind === 'scalar' && typeof node.value === 'string') copy.value = rename(node.value);
  if (node.kind === 'map') copy.pairs = node.pairs.map((pair) => ({ ...pair, value: cloneRenamed(pair.value, rename, self) }));
  if (node.kind === 'seq') copy.items = node.items.map((item) => cloneRenamed(item, rename, self));
  return self;
}

/**
 * `count` Service/StatefulSet pairs in one file, parsed once from TEMPLATE and copied with their
 * names replaced: parsing 20,000 documents would cost the test far more than checking them.
 */
function workspace(count: number, serviceName: (i: number) => string): SourceFile {
  const template = parseFile(TEMPLATE);
  const documents: FileDocument[] = [];
  for (let i = 0; i < count; i++) {
    const rename = (text: string) => text.replace('{svc}', serviceName(i)).replace('{i}', String(i));
    for (const doc of template.documents) {
      const root = cloneRenamed(doc.chunk.root!, rename);
      documents.push({ ...doc, index: documents.length, chunk: { ...doc.chunk, root } });
    }
  }
  return { uri: 'file:///big.yaml', parsed: { ...template, documents } };
}

function timedCheck(file: SourceFile): { ms: number; notFound: number; maxCandidates: number } {
  const started = performance.now();
  const diagnostics = checkFiles([file]).get(file.uri) ?? [];
  const ms = performance.now() - started;
  const notFound = diagnostics.filter((d) => d.ruleId === 'sts-service-not-found');
  const maxCandidates = Math.max(0, ...notFound.map((d) => (d.data?.headlessServices as unknown[]).length));
  return { ms, notFound: notFound.length, maxCandidates };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

describe('lookUpService', () => {
  it('checks 10,000 StatefulSets naming missing Services in time comparable to 10,000 that find theirs', function () {
    // Before: each missing name scanned every headless Service of the namespace and kept them all
    // in its finding's data: minutes and 2.8 GB at 10,000.
    this.timeout(180_000);
    const times = { found: [] as number[], missing: [] as number[] };
    // Side by side, alternately, so machine load weighs on both alike. A fresh workspace each time:
    // the engine caches document findings with their parse, and this is the first, full check.
    for (let round = 0; round < 3; round++) {
      const found = timedCheck(workspace(10_000, (i) => `svc-${i}`));
      const missing = timedCheck(workspace(10_000, (i) => `gone-${i}`));
      assert.equal(found.notFound, 0);
      assert.equal(missing.notFound, 10_000);
      // Memory stays linear: every finding carries a bounded list of candidates, not the namespace.
      assert.equal(missing.maxCandidates, MAX_HEADLESS_CANDIDATES);
      times.found.push(found.ms);
      times.missing.push(missing.ms);
    }
    const ratio = median(times.missing) / median(times.found);
    assert.ok(ratio < 2, `missing ${median(times.missing).toFixed(0)} ms vs found ${median(times.found).toFixed(0)} ms: ${ratio.toFixed(2)}x`);
  });

  it('offers the Services selecting the pods first, then near misses of the name, then the others', () => {
    const text = (name: string, app: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec: {clusterIP: None, selector: {app: ${app}}}\n`;
    const sts = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nspec: {serviceName: nginx, template: {metadata: {labels: {app: web, tier: db}}}}\n';
    const others = Array.from({ length: 20 }, (_, i) => text(`other-${i}`, `x${i}`));
    const docs = [...others, text('ngimx', 'x'), text('nginx-hl', 'web'), text('engine', 'y'), text('nginxx', 'z'), sts];
    const index = new ResourceIndex(collectResources([{ uri: 'file:///a.yaml', parsed: parseFile(docs.join('---\n')) }]));
    const lookup = lookUpService(index.ofKind('StatefulSet')[0], index)!;
    assert.deepEqual(lookup.headlessServices, ['nginx-hl', 'ngimx', 'nginxx', 'other-0', 'other-1', 'other-2', 'other-3', 'other-4', 'other-5', 'other-6']);
  });

  it('checks a bounded number of Services for selecting the pods, however many select everything', () => {
    const svc = (i: number) => `apiVersion: v1\nkind: Service\nmetadata: {name: all-${i}}\nspec: {clusterIP: None, selector: {}}\n`;
    const sts = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nspec: {serviceName: nginx}\n';
    const docs = [...Array.from({ length: 300 }, (_, i) => svc(i)), sts];
    const index = new ResourceIndex(collectResources([{ uri: 'file:///a.yaml', parsed: parseFile(docs.join('---\n')) }]));
    const lookup = lookUpService(index.ofKind('StatefulSet')[0], index)!;
    assert.deepEqual(lookup.headlessServices, Array.from({ length: MAX_HEADLESS_CANDIDATES }, (_, i) => `all-${i}`));
  });

  it('looks Services up by namespace and name', () => {
    const svc = (ns: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: ${ns}}\nspec: {clusterIP: None}\n`;
    const sts = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web, namespace: b}\nspec: {serviceName: web}\n';
    const index = new ResourceIndex(collectResources([{ uri: 'file:///a.yaml', parsed: parseFile([svc('a'), svc('b'), svc('c'), sts].join('---\n')) }]));
    const lookup = lookUpService(index.ofKind('StatefulSet')[0], index)!;
    assert.deepEqual(lookup.sameNamespace.map((s) => s.namespace), ['b']);
    assert.deepEqual(lookup.otherNamespaces.map((s) => s.namespace), ['a', 'c']);
  });
});

describe('NearNames', () => {
  it('finds names one edit away (insertion, deletion, substitution, transposition), nearest first', () => {
    // `ngiyn` shares the variant `ngin` with `nginx` and is two edits away; `nginx-0` and `xnginxy`
    // are two edits away too but share no variant: the index promises one edit, not two.
    const names = new NearNames(['nginx', 'ngnix', 'nginx-0', 'nginxs', 'ngin', 'ngiyn', 'ngimx', 'redis', 'enginx', 'xnginxy']);
    assert.deepEqual(names.near('nginx', 10), ['nginx', 'ngnix', 'nginxs', 'ngin', 'ngimx', 'enginx', 'ngiyn']);
    assert.deepEqual(names.near('nginx', 2), ['nginx', 'ngnix']);
    assert.deepEqual(names.near('postgres', 10), []);
  });

  it('compares a bounded number of names however many share a variant', () => {
    // 10,000 names that all share the variant `a` with the query `ab`: far more than it compares.
    const names = new NearNames(Array.from({ length: 10_000 }, (_, i) => `a${String.fromCharCode(0x4e00 + i)}`));
    assert.ok(names.near('ab', 10_000).length <= 256);
  });
});
