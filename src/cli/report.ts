// The CLI's output formats. The JSON shape is a contract other tools depend on: keep it exactly.
// Output is written a finding at a time, never built as one string: a manifest can make it large.
// A resource name is repeated in every finding about it, so it is shortened (the first 100 and the
// last 20 characters around `…`, see `shorten`); messages and paths are shortened only past 2,000
// characters, as a bound, since rules already quote values shortened.
// The text format is for terminals: every line goes through escapeTerminal, so user text (names,
// keys, values, file names) can neither drive the terminal nor start a line of its own.
import { pathToFileURL } from 'node:url';
import { escapeTerminal, LineIndex, shorten, t, type Diagnostic, type Position } from '../core/index';
import { languageService } from './languageService';
import { writeJsonArray } from './jsonStream';
import { buffered, type Write } from './output';

export interface FileReport {
  readonly name: string;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** One JSON finding: 0-based document, line and character. */
export interface JsonFinding {
  readonly file: string;
  readonly document: number;
  readonly kind: string | null;
  readonly name: string | null;
  readonly path: string;
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  readonly range: { readonly start: Position; readonly end: Position };
}

const LONG_HEAD = 1900;
const LONG_TAIL = 100;

/** The findings of every report, one at a time, with names and long texts shortened. */
export function* jsonFindings(reports: readonly FileReport[]): Generator<JsonFinding> {
  for (const report of reports) {
    const lines = new LineIndex(report.text);
    for (const d of report.diagnostics) {
      yield {
        file: report.name,
        document: d.document,
        kind: d.kind ?? null,
        name: d.name === undefined ? null : shorten(d.name),
        path: shorten(d.path, LONG_HEAD, LONG_TAIL),
        rule: d.ruleId,
        severity: d.severity,
        message: shorten(d.message, LONG_HEAD, LONG_TAIL),
        range: { start: lines.positionAt(d.range.start), end: lines.positionAt(d.range.end) },
      };
    }
  }
}

/** Exactly `JSON.stringify(findings, null, 2) + '\n'`, written a finding at a time. */
export function writeJson(reports: readonly FileReport[], write: Write): void {
  const out = buffered(write);
  writeJsonArray(jsonFindings(reports), '', out.write);
  out.write('\n');
  out.flush();
}

/** Compiler-style lines, `file:line:col: severity rule message [Kind name path]`, 1-based like every compiler. */
export function writeText(reports: readonly FileReport[], write: Write): void {
  const out = buffered(write);
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of jsonFindings(reports)) {
    counts[f.severity]++;
    const where = `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const owner = f.kind ? ` [${f.kind}${f.name ? ` ${f.name}` : ''}${f.path ? ` ${f.path}` : ''}]` : '';
    out.write(escapeTerminal(`${where}: ${f.severity} ${f.rule} ${f.message}${owner}`) + '\n');
  }
  out.write(t('cli.check.summary', reports.length, counts.error, counts.warning, counts.information + counts.hint) + '\n');
  out.flush();
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
const DOCS_URL = 'https://github.com/statefulset-studio/statefulset-studio/blob/main/README.md';
const RESULTS = '\u0000results';

/**
 * A file as a SARIF artifact URI: a relative reference (each segment percent-encoded, so `#`, `?`,
 * `%` and spaces stay part of the path) or, for a file outside the working directory, a file URI.
 */
export function toArtifactUri(file: string): string {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  return file.split('/').map(encodeURIComponent).join('/');
}

function toSarifResult(f: JsonFinding) {
  return {
    ruleId: f.rule,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toArtifactUri(f.file) },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
          },
        },
        logicalLocations: f.kind ? [{ name: f.path || f.kind, fullyQualifiedName: `${f.kind}/${f.name ?? ''}/${f.path}`, kind: 'member' }] : [],
      },
    ],
    properties: { document: f.document },
  };
}

function sarifTool(version: string) {
  return {
    driver: {
      name: 'statefulset-studio',
      version,
      informationUri: DOCS_URL,
      rules: languageService.rules.map((rule) => ({
        id: rule.id,
        shortDescription: { text: rule.docs.summary },
        help: { text: rule.docs.remediation },
        helpUri: `${DOCS_URL}#${rule.id}`,
        defaultConfiguration: { level: SARIF_LEVEL[rule.meta.severity] },
      })),
    },
  };
}

/** SARIF 2.1.0: one run, the rule registry as the tool's rules, 1-based regions; results streamed. */
export function writeSarif(reports: readonly FileReport[], version: string, write: Write): void {
  const sarif = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: sarifTool(version), results: RESULTS }] };
  const [before, after] = JSON.stringify(sarif, null, 2).split(JSON.stringify(RESULTS));
  const out = buffered(write);
  out.write(before);
  const indent = before.slice(before.lastIndexOf('\n') + 1).match(/^ */)![0];
  writeJsonArray((function* () {
    for (const f of jsonFindings(reports)) yield toSarifResult(f);
  })(), indent, out.write);
  out.write(after + '\n');
  out.flush();
}
