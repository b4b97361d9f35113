// The `statefulset-studio` command line: the same engine as the editor, for CI.
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import type { SeverityOverride } from '../core/check';
import { runCheck, type Format } from './check';
import { runExplain } from './explain';
import { UsageError } from './files';
import { runSimulate, SIMULATE_FORMATS, type SimulateFormat } from './simulate';

const USAGE = `Usage:
  statefulset-studio check [--format text|json|sarif] [--rule ID=LEVEL]... [--max-file-size BYTES] [PATH|GLOB|-]...
  statefulset-studio explain <Kind>.<field.path>       e.g. StatefulSet.spec.serviceName
  statefulset-studio simulate <manifest.yaml> [--statefulset NAME] [--script STEPS.yaml] [--format watch|events|json]
  statefulset-studio --version | --help

check    Checks StatefulSets, their headless Services and claim templates. All files are analysed
         together, so a StatefulSet in one file resolves the Service in another. Directories are
         searched for *.yaml and *.yml (node_modules excluded). Exit 1 when an error is found,
         0 otherwise, 2 on bad usage or unreadable input.
         --rule ID=LEVEL  sets a rule's severity: error, warning, information, hint or off.
explain  Prints a field's type and description, offline (like kubectl explain).
simulate Runs the StatefulSet controller's rollout on a virtual clock: without --script it applies
         the StatefulSet as written and runs until it settles. The Service comes from the same
         file. --format watch (default) prints what kubectl get pods -w would show, events the
         Events of kubectl describe statefulset, json every event and the final state.
`;

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);
const FORMATS = new Set(['text', 'json', 'sarif']);

function parseRules(values: readonly string[]): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  for (const value of values) {
    const [id, level] = value.split('=');
    if (!id || !level || !LEVELS.has(level)) throw new UsageError(`--rule takes ID=LEVEL with LEVEL one of error, warning, information, hint, off (got ${value})`);
    out[id] = level as SeverityOverride;
  }
  return out;
}

function parseSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size <= 0) throw new UsageError(`--max-file-size takes a positive number of bytes (got ${value})`);
  return size;
}

function check(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      rule: { type: 'string', multiple: true, default: [] },
      'max-file-size': { type: 'string' },
    },
  });
  if (!FORMATS.has(values.format!)) throw new UsageError(`--format must be text, json or sarif (got ${values.format})`);
  const result = runCheck({
    inputs: positionals,
    format: values.format as Format,
    severities: parseRules(values.rule ?? []),
    maxFileSize: parseSize(values['max-file-size']),
    cwd: process.cwd(),
    version,
  });
  process.stdout.write(result.output);
  return result.exitCode;
}

function simulateCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      statefulset: { type: 'string' },
      script: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'watch' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`simulate takes one manifest file (got ${positionals.length === 0 ? 'none' : positionals.join(' ')})`);
  const format = values.format as SimulateFormat;
  if (!SIMULATE_FORMATS.includes(format)) throw new UsageError(`--format must be watch, events or json (got ${values.format})`);
  if (positionals[0] === '-' && values.script === '-') throw new UsageError('the manifest and the script cannot both come from standard input');
  const result = runSimulate({ manifest: positionals[0], statefulset: values.statefulset, script: values.script, format, cwd: process.cwd() });
  if (result.warning) process.stderr.write(`statefulset-studio: warning: ${result.warning}\n`);
  process.stdout.write(result.output);
  return 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest);
      case 'explain':
        process.stdout.write(runExplain(rest));
        return 0;
      case 'simulate':
        return simulateCommand(rest);
      case '--version':
      case '-v':
        process.stdout.write(`${version}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command: ${command}` : 'a command is required');
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`statefulset-studio: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
