// Completion in StatefulSets and Services: field names, enum and known values, and values from the
// workspace (headless Services, volume names, selector labels), computed by the core.
import * as vscode from 'vscode';
import type { CompletionItem as CoreItem, LanguageService } from './core/index';
import { toOffset, toRange, type PositionSource } from './convert';
import type { Register } from './services';
import type { ErrorLog } from './util/dispose';
import { workspaceResources } from './workspaceResources';
import { YAML_SELECTOR, type WorkspaceIndex } from './workspaceIndex';

const KINDS: Readonly<Record<CoreItem['kind'], vscode.CompletionItemKind>> = {
  value: vscode.CompletionItemKind.Value,
  field: vscode.CompletionItemKind.Property,
  snippet: vscode.CompletionItemKind.Snippet,
};

/** After `key: ` or `- ` is inserted, open the list again for the value. */
const RETRIGGER: vscode.Command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };

export class FieldCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '-'];

  constructor(
    private readonly language: LanguageService,
    private readonly index: WorkspaceIndex,
    private readonly log?: ErrorLog,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    try {
      const file = this.index.get(document.uri.toString());
      if (!file || file.version !== document.version) return [];
      const items = this.language.complete(file, toOffset(document, position), workspaceResources(this.index));
      return items.map((item) => toCompletionItem(item, file.positions));
    } catch (error) {
      this.log?.error(`Computing completions failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [];
    }
  }
}

function toCompletionItem(item: CoreItem, positions: PositionSource): vscode.CompletionItem {
  const result = new vscode.CompletionItem(item.label, KINDS[item.kind]);
  result.insertText = item.kind === 'snippet' ? new vscode.SnippetString(item.insertText) : item.insertText;
  result.range = toRange(positions, item.range);
  result.detail = item.detail;
  if (item.documentation) result.documentation = new vscode.MarkdownString(item.documentation);
  result.sortText = item.sortText;
  result.preselect = item.preselect;
  // The core writes nested lines at their final indentation.
  result.keepWhitespace = item.insertText.includes('\n');
  if (item.kind === 'field' && (item.insertText.endsWith(': ') || item.insertText.endsWith('- '))) result.command = RETRIGGER;
  return result;
}

export const register: Register = (_context, { language, index, log }) => [
  vscode.languages.registerCompletionItemProvider(YAML_SELECTOR, new FieldCompletionProvider(language, index, log), ...FieldCompletionProvider.triggerCharacters),
];
