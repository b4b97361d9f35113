// `statefulset-studio check`: every file analysed together, so references across files resolve.
import { checkFiles, type SeverityOverride } from '../core/check';
import { t } from '../core/l10n/messages';
import { parseFile } from '../core/parse/parseFile';
import { expandInputs, readInput, UsageError } from './files';
import { formatJson, formatSarif, formatText, type FileReport } from './report';

export type Format = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  readonly inputs: readonly string[];
  readonly format: Format;
  readonly maxFileSize?: number;
  readonly severities: Readonly<Record<string, SeverityOverride>>;
  readonly cwd: string;
  readonly version: string;
}

export interface CheckResult {
  readonly output: string;
  readonly exitCode: 0 | 1;
}

export function runCheck(args: CheckArgs): CheckResult {
  const inputs = expandInputs(args.inputs, args.cwd);
  if (inputs.length === 0) throw new UsageError(t('cli.error.noYamlFiles'));
  const files = inputs.map((input) => {
    const text = readInput(input);
    return { input, text, parsed: parseFile(text, { maxFileSize: args.maxFileSize }) };
  });
  const results = checkFiles(
    files.map((f) => ({ uri: f.input.absolute, parsed: f.parsed })),
    { severities: args.severities },
  );
  const reports: FileReport[] = files.map((f) => ({ name: f.input.name, text: f.text, diagnostics: results.get(f.input.absolute) ?? [] }));
  const hasError = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  const output =
    args.format === 'json' ? formatJson(reports) : args.format === 'sarif' ? formatSarif(reports, args.version) : formatText(reports);
  return { output, exitCode: hasError ? 1 : 0 };
}
