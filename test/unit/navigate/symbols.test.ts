import * as assert from 'node:assert/strict';
import { documentSymbols, type DocumentSymbol } from '../../../src/core/navigate/symbols';
import { parseFile } from '../../../src/core/parse/parseFile';
import { WEB_EXAMPLE } from '../helpers';
import { rangeOf } from './navHelpers';

type Outline = { name: string; detail?: string; kind: string; children: Outline[] };
const outline = (symbols: readonly DocumentSymbol[]): Outline[] =>
  symbols.map((s) => ({ name: s.name, ...(s.detail ? { detail: s.detail } : {}), kind: s.kind, children: outline(s.children) }));

describe('navigate: document symbols', () => {
  const symbols = documentSymbols('file:///web.yaml', parseFile(WEB_EXAMPLE));

  it('names each resource by kind and name, with spec, containers, claim templates and ports beneath', () => {
    assert.deepEqual(outline(symbols), [
      { name: 'Service nginx', kind: 'resource', children: [{ name: 'spec', kind: 'section', children: [{ name: 'web', detail: '80/TCP', kind: 'port', children: [] }] }] },
      {
        name: 'StatefulSet web',
        kind: 'resource',
        children: [
          {
            name: 'spec',
            kind: 'section',
            children: [
              { name: 'nginx', detail: 'registry.k8s.io/nginx-slim:0.24', kind: 'container', children: [] },
              { name: 'www', detail: 'claim template · 1Gi', kind: 'claim', children: [] },
            ],
          },
        ],
      },
    ]);
  });

  it('gives absolute ranges: the document for a resource, the name to select', () => {
    const sts = symbols[1];
    const start = WEB_EXAMPLE.indexOf('apiVersion: apps/v1');
    assert.equal(sts.range.start, start);
    assert.equal(sts.range.end, WEB_EXAMPLE.length);
    assert.deepEqual(sts.selectionRange, rangeOf(WEB_EXAMPLE, 'web', 1));
    const claim = sts.children[0].children[1];
    assert.deepEqual(claim.selectionRange, rangeOf(WEB_EXAMPLE, 'www', 1));
    assert.ok(claim.range.start <= claim.selectionRange.start && claim.selectionRange.end <= claim.range.end);
  });

  it('has no symbols for a Helm template or a file without resources', () => {
    assert.deepEqual(documentSymbols('file:///x.yaml', parseFile('# only a comment\n')), []);
    assert.deepEqual(documentSymbols('file:///x.yaml', parseFile('kind: {{ .Values.kind }}\n')), []);
  });
});
