// Hover, completion, definition, references, the outline and code lenses: each the core's answer
// (through the language service, as the in-process adapters ask it) turned into LSP types. Offsets
// become positions only through convert.ts.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind as LspSymbolKind,
  type CodeLens,
  type CompletionItem,
  type DocumentSymbol as LspSymbol,
  type Hover,
  type Location as LspLocation,
  type Position,
} from 'vscode-languageserver/node';
import { t, type CompletionItem as CoreItem, type DocumentSymbol, type LanguageService, type Location, type SymbolKind } from '../core/index';
import { SIMULATE_ROLLOUT_COMMAND, type SimulateTarget } from '../protocol/lsp';
import { RULE_DOCS_BASE_URL, toLspRange, toOffset, type Lines, type LinesOf } from './convert';
import type { PublishedFinding } from './diagnostics';
import type { ServerFile, Workspace } from './workspace';

const COMPLETION_KINDS: Readonly<Record<CoreItem['kind'], CompletionItemKind>> = {
  value: CompletionItemKind.Value,
  field: CompletionItemKind.Property,
  snippet: CompletionItemKind.Snippet,
};

const SYMBOL_KINDS: Readonly<Record<SymbolKind, LspSymbolKind>> = {
  resource: LspSymbolKind.Class,
  section: LspSymbolKind.Namespace,
  container: LspSymbolKind.Object,
  claim: LspSymbolKind.Struct,
  port: LspSymbolKind.Field,
};

/** The field docs at the position, then the docs of each rule (once) whose finding covers it. */
export function hoverAt(language: LanguageService, workspace: Workspace, file: ServerFile, position: Position, findings: readonly PublishedFinding[]): Hover | null {
  const offset = toOffset(file.lines, position);
  const hover = language.hover(file, offset, workspace.resourceIndexFor([file]));
  const parts = hover ? [hover.markdown] : [];
  const seen = new Set<string>();
  for (const { core } of findings) {
    if (offset < core.range.start || offset > core.range.end || seen.has(core.ruleId)) continue;
    seen.add(core.ruleId);
    const docs = language.ruleDocs(core.ruleId, RULE_DOCS_BASE_URL + core.ruleId);
    if (docs) parts.push(docs);
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(hover ? { range: toLspRange(file.lines, hover.range) } : {}) };
}

export function completionsAt(language: LanguageService, workspace: Workspace, file: ServerFile, position: Position): CompletionItem[] {
  const items = language.complete(file, toOffset(file.lines, position), workspace.resourceIndexFor([file]));
  return items.map((item) => toCompletionItem(item, file.lines));
}

function toCompletionItem(item: CoreItem, lines: Lines): CompletionItem {
  return {
    label: item.label,
    kind: COMPLETION_KINDS[item.kind],
    textEdit: { range: toLspRange(lines, item.range), newText: item.insertText },
    insertTextFormat: item.kind === 'snippet' ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(item.detail ? { detail: item.detail } : {}),
    ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    ...(item.sortText ? { sortText: item.sortText } : {}),
    ...(item.preselect ? { preselect: true } : {}),
  };
}

export function toLspLocations(locations: readonly Location[], linesOf: LinesOf): LspLocation[] {
  return locations.flatMap((location) => {
    const lines = linesOf(location.uri);
    return lines ? [{ uri: location.uri, range: toLspRange(lines, location.range) }] : [];
  });
}

export function symbolsOf(language: LanguageService, file: ServerFile): LspSymbol[] {
  const convert = (symbol: DocumentSymbol): LspSymbol => ({
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: SYMBOL_KINDS[symbol.kind],
    range: toLspRange(file.lines, symbol.range),
    selectionRange: toLspRange(file.lines, symbol.selectionRange),
    children: symbol.children.map(convert),
  });
  return language.symbols(file).map(convert);
}

/** `▶ Simulate rollout` at the `kind:` line of every StatefulSet, as the extension's code lens. */
export function codeLensesOf(language: LanguageService, file: ServerFile): CodeLens[] {
  return language.statefulSets([file]).map((sts) => {
    const line = file.lines.positionAt(sts.doc.offset + sts.kind.range.start).line;
    const target: SimulateTarget = { uri: file.uri, documentIndex: sts.doc.index };
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: { title: t('ui.codeLens.simulate'), command: SIMULATE_ROLLOUT_COMMAND, arguments: [target] },
    };
  });
}
