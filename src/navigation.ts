// Go to definition, find references and the outline for YAML manifests: thin adapters over
// the language service (offsets in, offsets out); offsets become positions only through convert.ts.
import * as vscode from 'vscode';
import type { DocumentSymbol, LanguageService, Location, SymbolKind } from './core/index';
import { toOffset, toRange, type FileLocator } from './convert';
import type { Register } from './services';
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
  constructor(private readonly language: LanguageService, private readonly index: WorkspaceIndex) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    const file = currentFile(this.index, document);
    if (!file) return [];
    return toLocations(this.language.definitions(workspaceResources(this.index), file.uri, toOffset(document, position)), this.index);
  }
}

export class ManifestReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly language: LanguageService, private readonly index: WorkspaceIndex) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    const file = currentFile(this.index, document);
    if (!file) return [];
    const found = this.language.references(workspaceResources(this.index), file.uri, toOffset(document, position), { includeDeclaration: context.includeDeclaration });
    return toLocations(found, this.index);
  }
}

export class ManifestSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly language: LanguageService, private readonly index: WorkspaceIndex) {}

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
    return this.language.symbols(file).map(convert);
  }
}

/** Definition, reference and document-symbol providers for YAML. */
export const register: Register = (_context, { language, index }) => [
  vscode.languages.registerDefinitionProvider(YAML_SELECTOR, new ManifestDefinitionProvider(language, index)),
  vscode.languages.registerReferenceProvider(YAML_SELECTOR, new ManifestReferenceProvider(language, index)),
  vscode.languages.registerDocumentSymbolProvider(YAML_SELECTOR, new ManifestSymbolProvider(language, index), { label: 'StatefulSet Studio' }),
];
