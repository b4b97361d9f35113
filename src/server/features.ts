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
import { t, type CompletionItem as CoreItem, type Diagnostic, type DocumentSymbol, type LanguageService, type Location, type Resource, type SymbolKind } from '../core/index';
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

/**
 * The field docs at the position, then the docs of each rule (once) whose finding covers it, and
 * for an update rule's finding the way out (`wayOut`, from the git baseline).
 */
export function hoverAt(
  language: LanguageService, workspace: Workspace, file: ServerFile, position: Position, findings: readonly PublishedFinding[],
  wayOut: (finding: Diagnostic) => string | undefined = () => undefined,
): Hover | null {
  const offset = toOffset(file.lines, position);
  const hover = language.hover(file, offset, workspace.resourceIndexFor([file]));
  const parts = hover ? [hover.markdown] : [];
  const seen = new Set<string>();
  for (const { core } of findings) {
    if (offset < core.range.start || offset > core.range.end || seen.has(core.ruleId)) continue;
    seen.add(core.ruleId);
    const docs = language.ruleDocs(core.ruleId, RULE_DOCS_BASE_URL + core.ruleId);
    if (docs) parts.push(docs);
    const commands = wayOut(core);
    if (commands) parts.push(commands);
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

/**
 * `▶ Simulate rollout` at the `kind:` line of every StatefulSet, then the lens `changeLens` adds
 * (what the edit does against the git baseline) when there is one.
 */
export function codeLensesOf(
  language: LanguageService, file: ServerFile, changeLens: (sts: Resource, range: CodeLens['range']) => CodeLens | undefined = () => undefined,
): CodeLens[] {
  return language.statefulSets([file]).flatMap((sts) => {
    const line = file.lines.positionAt(sts.doc.offset + sts.kind.range.start).line;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const target: SimulateTarget = { uri: file.uri, documentIndex: sts.doc.index };
    const tooltip = t('ui.codeLens.simulateTooltip', sts.name?.value ?? t('ui.unnamed'));
    const simulate: CodeLens = { range, command: { title: t('ui.codeLens.simulate'), tooltip, command: SIMULATE_ROLLOUT_COMMAND, arguments: [target] } };
    const change = changeLens(sts, range);
    return change ? [simulate, change] : [simulate];
  });
}
