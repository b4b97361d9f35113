// `statefulset-studio check`: every file analysed together, so references across files resolve.
// An input that cannot be used (missing, not a regular file, over the size limit, unreadable) is
// reported on stderr and the others are checked all the same; the exit code is then 2, which wins
// over 1 (errors found), since the run did not check everything it was asked to.
import { parseFile, t, type KubernetesVersion, type ParsedChunk, type SeverityOverride } from '../core/index';
import { openGitBaseline, readGitBaseline } from './baseline';
import { expandInputs } from './expandInputs';
import { languageService } from './languageService';
import { InputProblem, readInput, UsageError, type InputFile } from './files';
import { OutputClosed, type Write } from './output';
import { writeJson, writeSarif, writeText, type FileReport } from './report';

export type Format = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  readonly inputs: readonly string[];
  readonly format: Format;
  /** In bytes, checked before reading. */
  readonly maxFileSize?: number;
  readonly severities: Readonly<Record<string, SeverityOverride>>;
  /** `--baseline REF`: the update rules compare with the inputs' repository at REF. */
  readonly baseline?: string;
  /** `--kube-version`: the Kubernetes minor to check against; the newest when absent. */
  readonly kubernetesVersion?: KubernetesVersion;
  readonly cwd: string;
  readonly version: string;
  /** Where the report goes (stdout). */
  readonly write: Write;
  /** Says one problem with an input (on stderr). */
  readonly warn: (message: string) => void;
}

/** Checks, writes the report and returns the exit code: 0 clean, 1 errors found, 2 some input unusable. */
export function runCheck(args: CheckArgs): 0 | 1 | 2 {
  const opened = args.baseline === undefined ? undefined : openGitBaseline(args.baseline, args.inputs, args.cwd);
  const { files, problems } = readInputs(args);
  if (files.length === 0) return 2; // nothing could be read: no report, as for any other failure
  const { sources, chunksOf } = parseInputs(files, args.maxFileSize);
  const baseline = opened && readGitBaseline(opened, args.inputs, args.cwd, args.maxFileSize, chunksOf);
  const results = languageService.checkFiles(sources, {
    severities: args.severities,
    ...(baseline ? { baseline: baseline.index } : {}),
    ...(args.kubernetesVersion ? { kubernetesVersion: args.kubernetesVersion } : {}),
  });
  const reports: FileReport[] = files.map((f) => ({ name: f.input.name, text: f.text, diagnostics: results.get(f.input.absolute) ?? [] }));
  writeReport(reports, args);
  const hasError = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return problems.length > 0 ? 2 : hasError ? 1 : 0;
}

/** Parses the inputs; `chunksOf` gives each file's parsed documents, for the baseline to reuse. */
export function parseInputs(files: readonly { input: InputFile; text: string }[], maxFileSize: number | undefined) {
  const chunks = new Map<string, Map<string, ParsedChunk>>();
  const sources = files.map((f) => {
    const cache = new Map<string, ParsedChunk>();
    chunks.set(f.input.absolute, cache);
    return { uri: f.input.absolute, parsed: parseFile(f.text, { maxFileSize, cache }) };
  });
  return { sources, chunksOf: (absolute: string) => chunks.get(absolute) };
}

/** Expands and reads the inputs; says each one that cannot be used (`warn`). */
export function readInputs(args: Pick<CheckArgs, 'inputs' | 'cwd' | 'maxFileSize' | 'warn'>): { files: { input: InputFile; text: string }[]; problems: string[] } {
  const { files: inputs, problems: found } = expandInputs(args.inputs, args.cwd);
  const problems = [...found];
  if (inputs.length === 0 && problems.length === 0) throw new UsageError(t('cli.error.noYamlFiles'));
  const files: { input: InputFile; text: string }[] = [];
  for (const input of inputs) {
    const text = readOrReport(input, args.maxFileSize, problems);
    if (text !== undefined) files.push({ input, text });
  }
  problems.forEach((problem) => args.warn(problem));
  return { files, problems };
}

function readOrReport(input: InputFile, maxFileSize: number | undefined, problems: string[]): string | undefined {
  try {
    return readInput(input, maxFileSize);
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

/** The exit code stays that of the check when the reader stops reading (`check | head`). */
function writeReport(reports: readonly FileReport[], args: CheckArgs): void {
  try {
    if (args.format === 'json') writeJson(reports, args.write);
    else if (args.format === 'sarif') writeSarif(reports, args.version, args.write);
    else writeText(reports, args.write);
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  }
}
