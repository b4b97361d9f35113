// Hovers on StatefulSet and Service fields: the core's field docs and contextual text, and, on one
// of our findings, that rule's summary and fix (the rule found by the finding's rule id). The
// findings come from the diagnostics publisher, as published, never back from vscode.languages.
// On an update rule's finding (a change the apiserver refuses) it adds the way out, with the
// exact commands the core computes (docs/change-model.md §5).
import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic, LanguageService } from './core/index';
import type { GitBaselineTracker } from './gitBaseline';
import { RULE_DOCS_BASE_URL, toOffset, toRange } from './convert';
import type { FindingSource } from './diagnostics';
import type { Register } from './services';
import type { ErrorLog } from './util/dispose';
import { resourcesOf, workspaceResources } from './workspaceResources';
import { YAML_SELECTOR, type WorkspaceIndex } from './workspaceIndex';

export class FieldHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly language: LanguageService,
    private readonly index: WorkspaceIndex,
    private readonly findings: FindingSource,
    private readonly log?: ErrorLog,
    private readonly baseline?: GitBaselineTracker,
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
      const wayOut = this.#wayOut(document, diagnostic);
      if (wayOut) out.push(new vscode.MarkdownString(wayOut));
    }
    return out;
  }

  /** For an update rule's finding: the exact commands that get the refused edit applied. */
  #wayOut(document: vscode.TextDocument, diagnostic: CoreDiagnostic): string | undefined {
    const rule = this.language.rules.find((r) => r.id === diagnostic.ruleId);
    const file = rule?.meta.comparesWithBaseline ? this.index.get(document.uri.toString()) : undefined;
    const edited = file && resourcesOf(file).find((r) => r.doc.index === diagnostic.document);
    const before = edited && this.baseline?.baselineOf(edited);
    return before && this.language.wayOut(edited, before, vscode.workspace.asRelativePath(document.uri));
  }
}

export const register: Register = (_context, { language, index, diagnostics, log, baseline }) => [
  vscode.languages.registerHoverProvider(YAML_SELECTOR, new FieldHoverProvider(language, index, diagnostics, log, baseline)),
];
