// The CLI's output formats. The JSON shape is a contract other tools depend on: keep it exactly.
import type { Diagnostic } from '../core/check';
import { t } from '../core/l10n/messages';
import { LineIndex, type Position } from '../core/parse/lineIndex';
import { rules } from '../core/rules/index';

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

export function toJsonFindings(reports: readonly FileReport[]): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const report of reports) {
    const lines = new LineIndex(report.text);
    for (const d of report.diagnostics) {
      out.push({
        file: report.name,
        document: d.document,
        kind: d.kind ?? null,
        name: d.name ?? null,
        path: d.path,
        rule: d.ruleId,
        severity: d.severity,
        message: d.message,
        range: { start: lines.positionAt(d.range.start), end: lines.positionAt(d.range.end) },
      });
    }
  }
  return out;
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(toJsonFindings(reports), null, 2) + '\n';
}

/** Compiler-style lines, `file:line:col: severity rule message`, 1-based like every compiler. */
export function formatText(reports: readonly FileReport[]): string {
  const findings = toJsonFindings(reports);
  const lines = findings.map((f) => {
    const where = `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const owner = f.kind ? ` [${f.kind}${f.name ? ` ${f.name}` : ''}${f.path ? ` ${f.path}` : ''}]` : '';
    return `${where}: ${f.severity} ${f.rule} ${f.message}${owner}`;
  });
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const summary = t('cli.check.summary', reports.length, count('error'), count('warning'), count('information') + count('hint'));
  return [...lines, summary].join('\n') + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
const DOCS_URL = 'https://github.com/statefulset-studio/statefulset-studio/blob/main/README.md';

/** SARIF 2.1.0: one run, the rule registry as the tool's rules, 1-based regions. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const findings = toJsonFindings(reports);
  const results = findings.map((f) => ({
    ruleId: f.rule,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file) },
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
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'statefulset-studio',
            version,
            informationUri: DOCS_URL,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.docs.summary },
              help: { text: rule.docs.remediation },
              helpUri: `${DOCS_URL}#${rule.id}`,
              defaultConfiguration: { level: SARIF_LEVEL[rule.meta.severity] },
            })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
