// The outline of a YAML file: one symbol per Kubernetes resource, named as messages name it
// (`StatefulSet web`), with `spec` and the parts worth jumping to beneath it: containers and
// claim templates of a StatefulSet by name, ports of a Service.
import { getKey, getNumber, getString } from '../model/access';
import { describeResource, toResources, type Resource } from '../model/resource';
import { servicePorts } from '../model/service';
import { claimTemplates, containersOf } from '../model/statefulSet';
import type { Range, YMap } from '../model/types';
import type { ParsedFile } from '../parse/parseFile';
import { ownPair, pairRange } from './target';

export type SymbolKind = 'resource' | 'section' | 'container' | 'claim' | 'port';

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** Absolute offsets: the whole construct. */
  readonly range: Range;
  /** Absolute offsets: the name to highlight, inside `range`. */
  readonly selectionRange: Range;
  readonly children: readonly DocumentSymbol[];
}

export function documentSymbols(uri: string, parsed: ParsedFile): DocumentSymbol[] {
  if (parsed.helm || parsed.skipped) return [];
  return parsed.documents.flatMap((doc) => {
    // A List's items are children of the List's symbol.
    const [own, ...items] = toResources(uri, doc);
    if (!own) return [];
    const symbol = resourceSymbol(own);
    return [items.length > 0 ? { ...symbol, children: [...symbol.children, ...items.map(resourceSymbol)] } : symbol];
  });
}

function shift(resource: Resource, range: Range): Range {
  return { start: range.start + resource.doc.offset, end: range.end + resource.doc.offset };
}

function resourceSymbol(resource: Resource): DocumentSymbol {
  const spec = ownPair(resource.root, 'spec');
  const children = spec ? [specSymbol(resource, spec.keyRange, pairRange(spec))] : [];
  return {
    name: describeResource(resource),
    detail: getString(resource.root, 'metadata.namespace')?.value,
    kind: 'resource',
    range: shift(resource, resource.root.range),
    selectionRange: shift(resource, (resource.name ?? resource.kind).range),
    children,
  };
}

function specSymbol(resource: Resource, keyRange: Range, range: Range): DocumentSymbol {
  let children: DocumentSymbol[] = [];
  if (resource.type === 'StatefulSet') children = [...containerSymbols(resource), ...claimSymbols(resource)];
  if (resource.type === 'Service') children = portSymbols(resource);
  return { name: 'spec', kind: 'section', range: shift(resource, range), selectionRange: shift(resource, keyRange), children };
}

function itemSymbol(resource: Resource, node: YMap, name: string, nameRange: Range | undefined, kind: SymbolKind, detail?: string): DocumentSymbol {
  return { name, detail, kind, range: shift(resource, node.range), selectionRange: shift(resource, nameRange ?? node.range), children: [] };
}

function containerSymbols(sts: Resource): DocumentSymbol[] {
  return containersOf(sts).map((c) => {
    const name = getString(c.node, 'name');
    const image = getString(c.node, 'image')?.value;
    const detail = c.list === 'initContainers' ? `init container${image ? ` · ${image}` : ''}` : image;
    return itemSymbol(sts, c.node, name?.value ?? `${c.list}[${c.index}]`, name?.range, 'container', detail);
  });
}

function claimSymbols(sts: Resource): DocumentSymbol[] {
  return claimTemplates(sts).map((claim) => {
    const storage = getString(claim.node, 'spec.resources.requests.storage')?.value;
    return itemSymbol(sts, claim.node, claim.name.value, claim.name.range, 'claim', `claim template${storage ? ` · ${storage}` : ''}`);
  });
}

function portSymbols(svc: Resource): DocumentSymbol[] {
  return servicePorts(svc).map((port) => {
    const name = getString(port.node, 'name');
    const number = getNumber(port.node, 'port')?.value;
    const label = name?.value ?? (number !== undefined ? String(number) : `ports[${port.index}]`);
    const detail = [number !== undefined && name ? String(number) : undefined, port.protocol].filter(Boolean).join('/');
    return itemSymbol(svc, port.node, label, name?.range ?? getKey(port.node, 'port')?.range, 'port', detail);
  });
}

