// `kind: List` documents as kubectl flattens them (docs/yaml-decoding.md §8): each item is a
// resource of its own, checked with paths from the item and ranges inside the list, found by the
// cross-resource rules and by navigation; a nested list is not expanded (meta.ExtractList).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFiles, collectResources, type SourceFile } from '../../../src/core/check';
import { hoverAt } from '../../../src/core/docs/hover';
import { fixesFor } from '../../../src/core/fixes';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { findDefinitions } from '../../../src/core/navigate/definitions';
import { documentSymbols } from '../../../src/core/navigate/symbols';
import { parseFile } from '../../../src/core/parse/parseFile';
import { applyEdits } from '../helpers';

const FIXTURE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'lists', 'web-list.yaml');
const LIST_URI = 'file:///list.yaml';

const sources = (files: Record<string, string>): SourceFile[] => Object.entries(files).map(([uri, text]) => ({ uri, parsed: parseFile(text) }));
const list = (items: string, kind = 'List') => `apiVersion: v1\nkind: ${kind}\nitems:\n${items}`;
const SERVICE_ITEM = (name: string, clusterIP: string) =>
  `- apiVersion: v1\n  kind: Service\n  metadata:\n    name: ${name}\n  spec:\n    clusterIP: ${clusterIP}\n    selector:\n      app: nginx\n    ports:\n    - port: 80\n`;
const STATEFUL_SET = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: nginx\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n';

function diagnostics(files: Record<string, string>, uri = LIST_URI) {
  return checkFiles(sources(files)).get(uri)!;
}

describe('kind: List documents (FlattenListVisitor)', () => {
  it('makes every item of the fixture a resource, the typed ServiceList item a Service, and finds no error or warning in it', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const resources = collectResources(sources({ [LIST_URI]: text }));
    assert.deepEqual(resources.map((r) => `${r.type} ${r.name?.value ?? ''}`), [
      'List ', 'Service nginx', 'StatefulSet web', 'PodDisruptionBudget web', 'ServiceList ', 'Service web-public',
    ]);
    const serious = diagnostics({ [LIST_URI]: text }).filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(serious.map((d) => `${d.ruleId} ${d.message}`), []);
  });

  it('reports an item with paths from the item and ranges inside the list, each item apart (two items, two findings)', () => {
    const text = list(SERVICE_ITEM('a', 'none') + SERVICE_ITEM('b', '10.0.0.300'));
    const found = diagnostics({ [LIST_URI]: text }).filter((d) => d.ruleId === 'svc-cluster-ip-invalid');
    assert.deepEqual(found.map((d) => [d.path, d.name, text.slice(d.range.start, d.range.end)]), [
      ['spec.clusterIP', 'a', 'none'],
      ['spec.clusterIP', 'b', '10.0.0.300'],
    ]);
  });

  it('lets a headless Service inside a List govern a StatefulSet of another file, and points at a non-headless one there', () => {
    const governed = diagnostics({ 'file:///sts.yaml': STATEFUL_SET, [LIST_URI]: list(SERVICE_ITEM('nginx', 'None')) }, 'file:///sts.yaml');
    assert.deepEqual(governed.filter((d) => d.ruleId.startsWith('sts-service-')).map((d) => d.ruleId), []);
    const text = list(SERVICE_ITEM('nginx', '10.0.0.10'));
    const [notHeadless] = diagnostics({ 'file:///sts.yaml': STATEFUL_SET, [LIST_URI]: text }, 'file:///sts.yaml').filter((d) => d.ruleId === 'sts-service-not-headless');
    assert.ok(notHeadless);
    assert.deepEqual(notHeadless.related.map((r) => [r.uri, text.slice(r.range.start, r.range.end)]), [[LIST_URI, '10.0.0.10']]);
  });

  it('fixes an item in place', () => {
    const text = list(SERVICE_ITEM('a', 'None') + SERVICE_ITEM('b', 'None').replace('    clusterIP: None\n', '    clusterIP: None\n    sessionAffinity: clientip\n'));
    const files = sources({ [LIST_URI]: text });
    const finding = checkFiles(files).get(LIST_URI)!.find((d) => d.ruleId === 'svc-session-affinity-invalid')!;
    assert.equal(finding.name, 'b');
    const [fix] = fixesFor(finding, files);
    assert.equal(applyEdits(text, fix.edits), text.replace('clientip', 'ClientIP'));
  });

  it('goes from serviceName to the Service inside the same List, and shows the items under the List in the outline', () => {
    const text = list(SERVICE_ITEM('nginx', 'None') + STATEFUL_SET.replace(/^/gm, '  ').replace(/^ {2}apiVersion/, '- apiVersion'));
    const files = sources({ [LIST_URI]: text });
    const caret = text.indexOf('serviceName: nginx') + 'serviceName: '.length + 1;
    const [definition] = findDefinitions(new ResourceIndex(collectResources(files)), LIST_URI, caret);
    assert.deepEqual(definition && text.slice(definition.range.start, definition.range.end), 'nginx');
    assert.ok(definition.range.start < caret);
    const [outline] = documentSymbols(LIST_URI, files[0].parsed);
    assert.deepEqual(outline.children.map((c) => c.name), ['Service nginx', 'StatefulSet web']);
  });

  it('explains the fields of an item on hover, as in a document of its own', () => {
    const text = list(SERVICE_ITEM('nginx', 'None'));
    const alone = `apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP: None\n`;
    const files = sources({ [LIST_URI]: text, 'file:///alone.yaml': alone });
    const index = new ResourceIndex(collectResources(files));
    const inList = hoverAt(files[0], text.indexOf('clusterIP') + 2, index);
    const single = hoverAt(files[1], alone.indexOf('clusterIP') + 2, index);
    assert.ok(single);
    assert.equal(inList?.markdown, single.markdown);
  });

  it('does not expand a list inside a List, and needs a kind on the items of a plain List', () => {
    const nested = `- apiVersion: v1\n  kind: List\n  items:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: hidden\n    spec:\n      clusterIP: none\n`;
    const kindless = '- metadata:\n    name: no-kind\n';
    const text = list(nested + kindless);
    const resources = collectResources(sources({ [LIST_URI]: text }));
    assert.deepEqual(resources.map((r) => r.type), ['List']);
    const found = diagnostics({ [LIST_URI]: text });
    assert.deepEqual(found.map((d) => [d.ruleId, d.path]), [['list-item-invalid', 'items[0]'], ['list-item-invalid', 'items[1]']]);
  });
});
