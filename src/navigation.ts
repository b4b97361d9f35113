// Go to definition, find references and the outline for YAML manifests: thin adapters over
// core/navigate (offsets in, offsets out); offsets become positions only through convert.ts.
import * as vscode from 'vscode';
import { findDefinitions } from './core/navigate/definitions';
import { findReferences } from './core/navigate/references';
import { documentSymbols, type DocumentSymbol, type SymbolKind } from './core/navigate/symbols';
import type { Location } from './core/navigate/target';
import { toOffset, toRange, type FileLocator } from './convert';
import { workspaceResources } from './workspaceResources';
import { YAML_SELECTOR, type IndexedFile, type WorkspaceIndex } from './workspaceIndex';

const SYMBOL_KINDS: Readonly<Record<SymbolKind, vscode.SymbolKind>> = {
  resource: vscode.SymbolKind.Class,
  section: vscode.SymbolKind.Namespace,
  container: vscode.SymbolKind.Object,
  claim: vscode.SymbolKind.Struct,
  port: vscode.SymbolKind.Field,
};

function toLocations(locations: readonly Location[], locator: FileLocator): vscode.Location[] {
  return locations.flatMap((location) => {
    const file = locator.locate(location.uri);
    return file ? [new vscode.Location(file.resource, toRange(file.positions, location.range))] : [];
  });
}

/** The indexed file of a document, only when it was parsed at the document's current version. */
function currentFile(index: WorkspaceIndex, document: vscode.TextDocument): IndexedFile | undefined {
  const file = index.get(document.uri.toString());
  return file && file.version === document.version ? file : undefined;
}

export class ManifestDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    const file = currentFile(this.index, document);
    if (!file) return [];
    return toLocations(findDefinitions(workspaceResources(this.index), file.uri, toOffset(document, position)), this.index);
  }
}

export class ManifestReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    const file = currentFile(this.index, document);
    if (!file) return [];
    const found = findReferences(workspaceResources(this.index), file.uri, toOffset(document, position), { includeDeclaration: context.includeDeclaration });
    return toLocations(found, this.index);
  }
}

export class ManifestSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const file = currentFile(this.index, document);
    if (!file) return [];
    const convert = (symbol: DocumentSymbol): vscode.DocumentSymbol => {
      const result = new vscode.DocumentSymbol(
        symbol.name,
        symbol.detail ?? '',
        SYMBOL_KINDS[symbol.kind],
        toRange(file.positions, symbol.range),
        toRange(file.positions, symbol.selectionRange),
      );
      result.children = symbol.children.map(convert);
      return result;
    };
    return documentSymbols(file.uri, file.parsed).map(convert);
  }
}

/** Registers definition, reference and document-symbol providers for YAML; each registration goes into `disposables`. */
export function registerNavigation(disposables: vscode.Disposable[], index: WorkspaceIndex): void {
  disposables.push(
    vscode.languages.registerDefinitionProvider(YAML_SELECTOR, new ManifestDefinitionProvider(index)),
    vscode.languages.registerReferenceProvider(YAML_SELECTOR, new ManifestReferenceProvider(index)),
    vscode.languages.registerDocumentSymbolProvider(YAML_SELECTOR, new ManifestSymbolProvider(index), { label: 'StatefulSet Studio' }),
  );
}
