// Hovers on StatefulSet and Service fields: the core's field docs and contextual text, and, on one
// of our diagnostics, that rule's summary and fix (the rule found by the diagnostic's code).
import * as vscode from 'vscode';
import { hoverAt, ruleDocsMarkdown } from './core/docs/hover';
import { DIAGNOSTIC_SOURCE, RULE_DOCS_BASE_URL, toOffset, toRange, toRuleId } from './convert';
import type { ErrorLog } from './util/dispose';
import { workspaceResources } from './workspaceResources';
import { YAML_SELECTOR, type WorkspaceIndex } from './workspaceIndex';

export class FieldHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly log?: ErrorLog,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const parts: vscode.MarkdownString[] = [];
      let range: vscode.Range | undefined;
      const file = this.index.get(document.uri.toString());
      if (file && file.version === document.version) {
        const hover = hoverAt(file, toOffset(document, position), workspaceResources(this.index));
        if (hover) {
          parts.push(new vscode.MarkdownString(hover.markdown));
          range = toRange(file.positions, hover.range);
        }
      }
      parts.push(...ruleDocsAt(document, position));
      return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
    } catch (error) {
      this.log?.error(`Computing a hover failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }
}

/** The docs of each rule (once) whose diagnostic of ours covers the position. */
function ruleDocsAt(document: vscode.TextDocument, position: vscode.Position): vscode.MarkdownString[] {
  const seen = new Set<string>();
  const out: vscode.MarkdownString[] = [];
  for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !diagnostic.range.contains(position)) continue;
    const ruleId = toRuleId(diagnostic);
    if (!ruleId || seen.has(ruleId)) continue;
    seen.add(ruleId);
    const text = ruleDocsMarkdown(ruleId, RULE_DOCS_BASE_URL + ruleId);
    if (text) out.push(new vscode.MarkdownString(text));
  }
  return out;
}

/** Registers the hover provider for YAML documents; the registration goes into `context.subscriptions`. */
export function registerHoverProvider(context: { readonly subscriptions: vscode.Disposable[] }, index: WorkspaceIndex, log?: ErrorLog): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(YAML_SELECTOR, new FieldHoverProvider(index, log)));
}
