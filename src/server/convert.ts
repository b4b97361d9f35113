// The server's one place where core offsets become LSP positions and core values LSP types (the
// counterpart of src/convert.ts for VS Code). LSP positions count UTF-16 code units, as JavaScript
// strings and the core's LineIndex do, so no re-encoding is needed.
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
  type Position,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { LineIndex, type Diagnostic, type Fix, type Range, type Severity } from '../core/index';

export const DIAGNOSTIC_SOURCE = 'statefulset';
/** Every rule has a README section whose anchor is its id (as src/convert.ts links it). */
export const RULE_DOCS_BASE_URL = 'https://github.com/statefulset-studio/statefulset-studio/blob/main/README.md#';

/** Positions of a file's text: an open document's or a closed file's, as last read. */
export type Lines = Pick<LineIndex, 'positionAt' | 'offsetAt'>;

/** Lines of `text`, counted on first use: most indexed files never need a position. */
export function lazyLines(text: string): Lines {
  let lines: LineIndex | undefined;
  return {
    positionAt: (offset) => (lines ??= new LineIndex(text)).positionAt(offset),
    offsetAt: (position) => (lines ??= new LineIndex(text)).offsetAt(position),
  };
}

/** Where the lines of another file come from (related information, navigation targets, edits). */
export type LinesOf = (uri: string) => Lines | undefined;

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspRange(lines: Lines, range: Range): LspRange {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function toOffset(lines: Lines, position: Position): number {
  return lines.offsetAt(position);
}

/** The rule id travels as the code (code actions find the rule by it), with a link to its docs. */
export function toLspDiagnostic(diagnostic: Diagnostic, lines: Lines, linesOf: LinesOf): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] = diagnostic.related.flatMap((location) => {
    const other = location.uri === diagnostic.uri ? lines : linesOf(location.uri);
    return other ? [{ location: { uri: location.uri, range: toLspRange(other, location.range) }, message: location.message }] : [];
  });
  return {
    range: toLspRange(lines, diagnostic.range),
    severity: SEVERITIES[diagnostic.severity],
    source: DIAGNOSTIC_SOURCE,
    code: diagnostic.ruleId,
    codeDescription: { href: RULE_DOCS_BASE_URL + diagnostic.ruleId },
    message: diagnostic.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** A core fix as LSP edits per uri; undefined when an edit targets a file whose lines are unknown. */
export function toLspEdits(fix: Fix, linesOf: LinesOf): Record<string, LspTextEdit[]> | undefined {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const edit of fix.edits) {
    const lines = linesOf(edit.uri);
    if (!lines) return undefined;
    (changes[edit.uri] ??= []).push({ range: toLspRange(lines, edit.range), newText: edit.newText });
  }
  return changes;
}
