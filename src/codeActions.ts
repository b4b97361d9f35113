// Quick fixes for our diagnostics: the rule is found by the diagnostic's code and asked, through
// the language service (`fixes`), for fixes in the context it was checked in; every diagnostic
// also gets a "Disable <rule> for this line" action that writes a suppression comment above its line.
import * as vscode from 'vscode';
import { FILE_SKIPPED, HELM_SKIPPED, t, type LanguageService } from './core/index';
import { DIAGNOSTIC_SOURCE, toRuleId, toWorkspaceEdit } from './convert';
import type { DiagnosticsPublisher } from './diagnostics';
import type { Register } from './services';
import type { ErrorLog } from './util/dispose';
import { YAML_SELECTOR, type WorkspaceIndex } from './workspaceIndex';

const DISABLE_NEXT_LINE = '# statefulset-studio-disable-next-line';
/** Notices about a whole file that the engine reports before suppressions apply. */
const NOT_SUPPRESSIBLE: ReadonlySet<string> = new Set([FILE_SKIPPED, HELM_SKIPPED]);

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly language: LanguageService,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly index: WorkspaceIndex,
    private readonly log: ErrorLog,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    try {
      const actions: vscode.CodeAction[] = [];
      const disabled = new Set<string>();
      for (const diagnostic of context.diagnostics) {
        const ruleId = diagnostic.source === DIAGNOSTIC_SOURCE ? toRuleId(diagnostic) : undefined;
        if (!ruleId) continue;
        actions.push(...this.#fixes(document, diagnostic, ruleId));
        const key = `${diagnostic.range.start.line}:${ruleId}`;
        const disable = disabled.has(key) ? undefined : toDisableAction(document, diagnostic, ruleId);
        disabled.add(key);
        if (disable) actions.push(disable);
      }
      return actions;
    } catch (error) {
      this.log.error(`Computing quick fixes failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [];
    }
  }

  /** The rule's own fixes; none while the diagnostic is older than the document or a check is due. */
  #fixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction[] {
    const origin = this.diagnostics.originOf(document.uri, diagnostic);
    const checked = this.diagnostics.checkContext();
    if (!origin || !checked || origin.diagnostic.ruleId !== ruleId || origin.version !== document.version) return [];
    return this.language.fixes(origin.diagnostic, checked.files, checked.index).flatMap((fix) => {
      const edit = toWorkspaceEdit(fix, this.index);
      if (!edit) return [];
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.isPreferred;
      return [action];
    });
  }
}

/**
 * `# statefulset-studio-disable-next-line <rule-id>` above the diagnostic's line, indented like it;
 * when the line above already holds such a comment, the rule id is added to it instead (a second
 * comment line would separate the first one from the line it is about).
 */
function toDisableAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, ruleId: string): vscode.CodeAction | undefined {
  const line = diagnostic.range.start.line;
  if (NOT_SUPPRESSIBLE.has(ruleId) || line >= document.lineCount) return undefined;
  const edit = new vscode.WorkspaceEdit();
  const above = line > 0 ? document.lineAt(line - 1) : undefined;
  const existing = above?.text.trimStart().startsWith(DISABLE_NEXT_LINE) ? above : undefined;
  if (existing) {
    const ids = existing.text.trimStart().slice(DISABLE_NEXT_LINE.length).split(/[\s,]+/).filter((id) => id.length > 0);
    if (ids.length === 0 || ids.includes(ruleId)) return undefined; // already disabled there
    edit.insert(document.uri, existing.range.end, ` ${ruleId}`);
  } else {
    const target = document.lineAt(line);
    const indent = target.text.slice(0, target.firstNonWhitespaceCharacterIndex);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    edit.insert(document.uri, new vscode.Position(line, 0), `${indent}${DISABLE_NEXT_LINE} ${ruleId}${eol}`);
  }
  const action = new vscode.CodeAction(t('ui.codeAction.disableForLine', ruleId), vscode.CodeActionKind.QuickFix);
  action.edit = edit;
  action.diagnostics = [diagnostic];
  return action;
}

export const register: Register = (_context, { language, diagnostics, index, log }) => [
  vscode.languages.registerCodeActionsProvider(YAML_SELECTOR, new QuickFixProvider(language, diagnostics, index, log), {
    providedCodeActionKinds: QuickFixProvider.providedCodeActionKinds,
  }),
];
