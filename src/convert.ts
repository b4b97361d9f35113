// The one place where core offsets become VS Code positions and core values become VS Code types.
// Open documents convert with `document.positionAt`; files known only from disk convert with the
// core's LineIndex over the text that was checked (both offer `positionAt`).
import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic, Range as CoreRange, Fix, Severity } from './core/index';

export const DIAGNOSTIC_SOURCE = 'statefulset';
/** Every rule has a README section whose anchor is its id. */
export const RULE_DOCS_BASE_URL = 'https://github.com/statefulset-studio/statefulset-studio/blob/main/README.md#';

export interface PositionSource {
  positionAt(offset: number): { readonly line: number; readonly character: number };
}

/** A file of the workspace index, as far as conversion needs it. */
export interface LocatedFile {
  readonly resource: vscode.Uri;
  readonly positions: PositionSource;
}

export interface FileLocator {
  /** The file the core calls `uri` (the string form of its vscode.Uri). */
  locate(uri: string): LocatedFile | undefined;
}

export function toPosition(source: PositionSource, offset: number): vscode.Position {
  const position = source.positionAt(offset);
  return position instanceof vscode.Position ? position : new vscode.Position(position.line, position.character);
}

export function toRange(source: PositionSource, range: CoreRange): vscode.Range {
  return new vscode.Range(toPosition(source, range.start), toPosition(source, range.end));
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(diagnostic: CoreDiagnostic, file: LocatedFile, locator: FileLocator): vscode.Diagnostic {
  const result = new vscode.Diagnostic(toRange(file.positions, diagnostic.range), diagnostic.message, toSeverity(diagnostic.severity));
  result.source = DIAGNOSTIC_SOURCE;
  result.code = { value: diagnostic.ruleId, target: vscode.Uri.parse(RULE_DOCS_BASE_URL + diagnostic.ruleId) };
  const related = diagnostic.related.flatMap((location) => {
    const other = locator.locate(location.uri);
    if (!other) return [];
    const where = new vscode.Location(other.resource, toRange(other.positions, location.range));
    return [new vscode.DiagnosticRelatedInformation(where, location.message)];
  });
  if (related.length > 0) result.relatedInformation = related;
  return result;
}

/** The rule id a diagnostic of ours carries in its code. */
export function toRuleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** A core fix as a WorkspaceEdit; undefined when an edit targets a file the index does not hold. */
export function toWorkspaceEdit(fix: Fix, locator: FileLocator): vscode.WorkspaceEdit | undefined {
  const edit = new vscode.WorkspaceEdit();
  for (const change of fix.edits) {
    const file = locator.locate(change.uri);
    if (!file) return undefined;
    edit.replace(file.resource, toRange(file.positions, change.range), change.newText);
  }
  return edit;
}

/** A VS Code position as an offset into the document's text (what the core's hover and completion take). */
export function toOffset(document: { offsetAt(position: vscode.Position): number }, position: vscode.Position): number {
  return document.offsetAt(position);
}
