// Quick fixes: for each of our diagnostics in the request, the rule's fixes (found by the
// diagnostic's code, through the language service) computed against the same files the finding
// was checked against, and a "Disable <rule> for this line" action writing a suppression comment.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { FILE_SKIPPED, HELM_SKIPPED, t, type LanguageService, type SourceFile } from '../core/index';
import { DIAGNOSTIC_SOURCE, toLspEdits } from './convert';
import type { PublishedFinding } from './diagnostics';
import type { ServerFile, Workspace } from './workspace';

const DISABLE_NEXT_LINE = '# statefulset-studio-disable-next-line';
/** Notices about a whole file that the engine reports before suppressions apply. */
const NOT_SUPPRESSIBLE: ReadonlySet<string> = new Set([FILE_SKIPPED, HELM_SKIPPED]);

export function codeActionsFor(
  language: LanguageService,
  workspace: Workspace,
  file: ServerFile,
  params: CodeActionParams,
  findings: readonly PublishedFinding[],
): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || diagnostic.code === undefined) continue;
    const finding = findings.find((f) => sameDiagnostic(f.lsp, diagnostic));
    if (finding) actions.push(...fixesOf(language, workspace, file, finding, diagnostic));
    const ruleId = String(diagnostic.code);
    const key = `${diagnostic.range.start.line}:${ruleId}`;
    const disable = disabled.has(key) ? undefined : disableAction(file, diagnostic, ruleId);
    disabled.add(key);
    if (disable) actions.push(disable);
  }
  return actions;
}

function sameDiagnostic(a: LspDiagnostic, b: LspDiagnostic): boolean {
  const same = (x: LspDiagnostic['range'], y: LspDiagnostic['range']) =>
    x.start.line === y.start.line && x.start.character === y.start.character && x.end.line === y.end.line && x.end.character === y.end.character;
  return String(a.code) === String(b.code) && a.message === b.message && same(a.range, b.range);
}

function fixesOf(language: LanguageService, workspace: Workspace, file: ServerFile, finding: PublishedFinding, diagnostic: LspDiagnostic): CodeAction[] {
  const index = workspace.resourceIndexFor([file]);
  const others = new Set(index.resources.map((resource) => resource.uri).filter((uri) => uri !== file.uri));
  const files: SourceFile[] = [file, ...[...others].flatMap((uri) => workspace.textFile(uri) ?? [])];
  return language.fixes(finding.core, files, index).flatMap((fix) => {
    const changes = toLspEdits(fix, workspace.linesOf);
    if (!changes) return [];
    return [{ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes }, ...(fix.isPreferred ? { isPreferred: true } : {}) }];
  });
}

/**
 * `# statefulset-studio-disable-next-line <rule-id>` above the diagnostic's line, indented like it;
 * when the line above already holds such a comment, the rule id is added to it instead.
 */
function disableAction(file: ServerFile, diagnostic: LspDiagnostic, ruleId: string): CodeAction | undefined {
  const line = diagnostic.range.start.line;
  const lines = file.parsed.text.split(/\r\n|\r|\n/);
  if (NOT_SUPPRESSIBLE.has(ruleId) || line >= lines.length) return undefined;
  const above = line > 0 ? lines[line - 1] : undefined;
  let edit;
  if (above?.trimStart().startsWith(DISABLE_NEXT_LINE)) {
    const ids = above.trimStart().slice(DISABLE_NEXT_LINE.length).split(/[\s,]+/).filter((id) => id.length > 0);
    if (ids.length === 0 || ids.includes(ruleId)) return undefined; // already disabled there
    const end = { line: line - 1, character: above.length };
    edit = { range: { start: end, end }, newText: ` ${ruleId}` };
  } else {
    const indent = /^\s*/.exec(lines[line])![0];
    const eol = file.parsed.text.includes('\r\n') ? '\r\n' : '\n';
    const at = { line, character: 0 };
    edit = { range: { start: at, end: at }, newText: `${indent}${DISABLE_NEXT_LINE} ${ruleId}${eol}` };
  }
  return { title: t('ui.codeAction.disableForLine', ruleId), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [file.uri]: [edit] } } };
}
