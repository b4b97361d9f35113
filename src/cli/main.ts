// The `statefulset-studio` command line: the same engine as the editor, for CI.
// Messages follow `--locale` (any command), else LC_ALL / LC_MESSAGES / LANG; command names, options
// and the JSON/SARIF keys never change with the locale, nor do the exit codes.
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { escapeTerminal, setLocale, t, type SeverityOverride } from '../core/index';
import { runLanguageServer } from '../server/main';
import { runCheck, type Format } from './check';
import { ArgumentError, UsageError } from './errors';
import { runExplain } from './explain';
import { KUBE_VERSION_OPTION, kubeVersionUsage, parseKubeVersion } from './kubeVersion';
import { OutputClosed, writeStderr, writeStdout } from './output';
import { PLAN_FORMATS, runPlan, type PlanFormat } from './plan';
import { unknownRuleSuggestion } from './ruleIds';
import { runSimulate, SIMULATE_FORMATS, type SimulateFormat } from './simulate';

const SYNOPSIS = `  statefulset-studio check [--format text|json|sarif] [--baseline REF] [--rule ID=LEVEL]... [--max-file-size BYTES] [--kube-version X.Y] [PATH|GLOB|-]...
  statefulset-studio plan --baseline REF [--format text|json|markdown] [--max-file-size BYTES] [--kube-version X.Y] [PATH|GLOB]...
  statefulset-studio explain [--kube-version X.Y] <Kind>.<field.path>       e.g. StatefulSet.spec.serviceName
  statefulset-studio simulate <manifest.yaml> [--statefulset NAME] [--script STEPS.yaml] [--format watch|events|json]
  statefulset-studio lsp --stdio
  statefulset-studio --version | --help`;

/** `name` in a column of `width`, then the (translated) text, its further lines indented to match. */
const entry = (name: string, text: string, width = 9) => name.padEnd(width) + text.split('\n').join(`\n${' '.repeat(width)}`);

/** The help, in the current locale. */
export function usage(): string {
  return `${t('cli.usage.title')}
${SYNOPSIS}

${entry('check', t('cli.usage.check'))}
${entry('plan', t('change.cli.usagePlan'))}
${entry('explain', t('cli.usage.explain'))}
${entry('simulate', t('cli.usage.simulate'))}
${entry('lsp', t('cli.usage.lsp'))}

${entry('--baseline REF', t('change.cli.usageBaseline'), 17)}
${entry('--kube-version X.Y', kubeVersionUsage(), 19)}
${entry('--locale LOCALE', t('cli.usage.locale'), 17)}
`;
}

/**
 * The locale of a POSIX environment: the first of LC_ALL, LC_MESSAGES, LANG that is set
 * (`zh_CN.UTF-8` → `zh-cn`; `C`, `POSIX` or nothing → `en`). setLocale picks English for anything
 * without a table.
 */
export function localeFromEnv(env: NodeJS.ProcessEnv): string {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const locale = value.split(/[.@]/)[0].replace(/_/g, '-').toLowerCase();
  return locale === '' || locale === 'c' || locale === 'posix' ? 'en' : locale;
}

/** Takes `--locale LOCALE` / `--locale=LOCALE` out of the arguments (before a `--`), for any command. */
function takeLocale(argv: readonly string[]): { locale?: string; rest: string[] } {
  const rest: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? argv[++i] : arg.slice('--locale='.length);
      if (value === undefined || value === '' || value.startsWith('-')) throw new ArgumentError(t('cli.error.localeValue'));
      locale = value;
    } else rest.push(arg);
  }
  return { locale, rest };
}

/** node:util parseArgs's own errors, in our words (its message when we have none for it). */
function parseArgsMessage(error: Error & { code?: unknown }): string {
  const option = /'([^']*)'/.exec(error.message)?.[1];
  if (option !== undefined && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.error.unknownOption', option);
  if (option !== undefined && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && error.message.endsWith('argument missing')) {
    return t('cli.error.missingValue', option.replace(/ <value>$/, ''));
  }
  return error.message;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);
const FORMATS = new Set(['text', 'json', 'sarif']);

function parseRules(values: readonly string[]): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  for (const value of values) {
    const [id, level] = value.split('=');
    if (!id || !level || !LEVELS.has(level)) throw new ArgumentError(t('cli.error.rule', value));
    const suggestion = unknownRuleSuggestion(id);
    if (suggestion !== undefined) throw new ArgumentError(suggestion ? t('cli.error.unknownRuleDidYouMean', id, suggestion) : t('cli.error.unknownRule', id));
    out[id] = level as SeverityOverride;
  }
  return out;
}

function parseSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size <= 0) throw new ArgumentError(t('cli.error.maxFileSize', value));
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
      baseline: { type: 'string' },
      ...KUBE_VERSION_OPTION,
    },
  });
  if (!FORMATS.has(values.format!)) throw new ArgumentError(t('cli.error.checkFormat', values.format ?? ''));
  const kubernetesVersion = parseKubeVersion(values['kube-version']);
  return runCheck({
    ...(kubernetesVersion ? { kubernetesVersion } : {}),
    inputs: positionals,
    format: values.format as Format,
    severities: parseRules(values.rule ?? []),
    maxFileSize: parseSize(values['max-file-size']),
    ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
    cwd: process.cwd(),
    version,
    write: writeStdout,
    warn: printError,
  });
}

function plan(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'text' }, baseline: { type: 'string' }, 'max-file-size': { type: 'string' }, ...KUBE_VERSION_OPTION },
  });
  if (values.baseline === undefined) throw new ArgumentError(t('change.cli.baselineRequired'));
  const format = values.format as PlanFormat;
  if (!PLAN_FORMATS.includes(format)) throw new ArgumentError(t('change.cli.planFormat', values.format ?? ''));
  const maxFileSize = parseSize(values['max-file-size']);
  const kubernetesVersion = parseKubeVersion(values['kube-version']);
  return runPlan({
    baseline: values.baseline, inputs: positionals, format, maxFileSize, ...(kubernetesVersion ? { kubernetesVersion } : {}),
    cwd: process.cwd(), write: writeStdout, warn: printError,
  });
}

function explain(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: KUBE_VERSION_OPTION });
  writeStdout(runExplain(positionals, parseKubeVersion(values['kube-version'])));
  return 0;
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
  if (positionals.length !== 1) throw new ArgumentError(t('cli.error.simulateArgs', positionals.length === 0 ? t('cli.error.none') : positionals.join(' ')));
  const format = values.format as SimulateFormat;
  if (!SIMULATE_FORMATS.includes(format)) throw new ArgumentError(t('cli.error.simulateFormat', values.format ?? ''));
  if (positionals[0] === '-' && values.script === '-') throw new ArgumentError(t('cli.error.bothStdin'));
  const result = runSimulate({ manifest: positionals[0], statefulset: values.statefulset, script: values.script, format, cwd: process.cwd() });
  if (result.warning) printError(t('cli.warning', result.warning));
  writeStdout(result.output);
  return 0;
}

/** `lsp --stdio`: the language server on standard input and output; it runs until the client ends it. */
function languageServer(argv: string[]): number {
  if (argv.length !== 1 || argv[0] !== '--stdio') throw new ArgumentError(t('cli.error.lspArgs', argv.join(' ')));
  runLanguageServer();
  return 0;
}

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): number {
  setLocale(localeFromEnv(env));
  try {
    const { locale, rest: args } = takeLocale(argv);
    if (locale !== undefined) setLocale(locale);
    const [command, ...rest] = args;
    switch (command) {
      case 'check':
        return check(rest);
      case 'plan':
        return plan(rest);
      case 'explain':
        return explain(rest);
      case 'simulate':
        return simulateCommand(rest);
      case 'lsp':
        return languageServer(rest);
      case '--version':
      case '-v':
        writeStdout(`${version}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        writeStdout(usage());
        return 0;
      default:
        throw new ArgumentError(command ? t('cli.error.unknownCommand', command) : t('cli.error.noCommand'));
    }
  } catch (error) {
    return exitCodeOf(error);
  }
}

/** Says what went wrong and returns the exit code; the usage text only when the arguments are wrong. */
function exitCodeOf(error: unknown): number {
  if (error instanceof OutputClosed) return 0; // the reader stopped reading: nothing went wrong here
  if (error instanceof ArgumentError) printError(error.message, usage());
  else if (error instanceof UsageError) printError(error.message);
  else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) printError(parseArgsMessage(error), usage());
  else throw error;
  return 2;
}

/** One message on stderr. It can hold file names and other user text, so it is escaped for the terminal. */
function printError(message: string, help?: string): void {
  writeStderr(`statefulset-studio: ${escapeTerminal(message)}\n${help === undefined ? '' : `\n${help}`}`);
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
