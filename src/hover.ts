// Hovers on StatefulSet and Service fields: the core's field docs and contextual text, and, on one
// of our findings, that rule's summary and fix (the rule found by the finding's rule id). The
// findings come from the diagnostics publisher, as published, never back from vscode.languages.
import * as vscode from 'vscode';
import type { LanguageService } from './core/index';
import { RULE_DOCS_BASE_URL, toOffset, toRange } from './convert';
import type { FindingSource } from './diagnostics';
import type { Register } from './services';
import type { ErrorLog } from './util/dispose';
import { workspaceResources } from './workspaceResources';
import { YAML_SELECTOR, type WorkspaceIndex } from './workspaceIndex';

export class FieldHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly language: LanguageService,
    private readonly index: WorkspaceIndex,
    private readonly findings: FindingSource,
    private readonly log?: ErrorLog,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const parts: vscode.MarkdownString[] = [];
      let range: vscode.Range | undefined;
      const file = this.index.get(document.uri.toString());
      if (file && file.version === document.version) {
        const hover = this.language.hover(file, toOffset(document, position), workspaceResources(this.index));
        if (hover) {
          parts.push(new vscode.MarkdownString(hover.markdown));
          range = toRange(file.positions, hover.range);
        }
      }
      parts.push(...this.#ruleDocsAt(document, position));
      return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
    } catch (error) {
      this.log?.error(`Computing a hover failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
  }

  /** The docs of each rule (once) whose published finding covers the position. */
  #ruleDocsAt(document: vscode.TextDocument, position: vscode.Position): vscode.MarkdownString[] {
    const seen = new Set<string>();
    const out: vscode.MarkdownString[] = [];
    for (const { diagnostic, range } of this.findings.findingsOf(document.uri.toString())) {
      const ruleId = diagnostic.ruleId;
      if (!range.contains(position) || seen.has(ruleId)) continue;
      seen.add(ruleId);
      const text = this.language.ruleDocs(ruleId, RULE_DOCS_BASE_URL + ruleId);
      if (text) out.push(new vscode.MarkdownString(text));
    }
    return out;
  }
}

export const register: Register = (_context, { language, index, diagnostics, log }) => [
  vscode.languages.registerHoverProvider(YAML_SELECTOR, new FieldHoverProvider(language, index, diagnostics, log)),
];
