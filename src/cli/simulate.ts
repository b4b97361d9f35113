// `statefulset-studio simulate <manifest.yaml> [--statefulset NAME] [--script STEPS.yaml]
// [--format watch|events|json]` (issue 3, "Script and CLI": a stable contract). Everything that can
// be checked before simulating is checked here, and a problem is a UsageError (exit 2).
import * as path from 'node:path';
import {
  collectResources,
  defaultScript,
  describeResource,
  findAliasExpansionProblem,
  findLimitProblem,
  findPodNameProblem,
  formatEvents,
  LineIndex,
  parseFile,
  parseScript,
  ResourceIndex,
  ScriptError,
  selectStatefulSet,
  t,
  type Resource,
  type Script,
  type SimInput,
  type SimResult,
  type SourceFile,
} from '../core/index';
import { readInput, UsageError, type InputFile } from './files';
import { languageService } from './languageService';

export type SimulateFormat = 'watch' | 'events' | 'json';
export const SIMULATE_FORMATS: readonly SimulateFormat[] = ['watch', 'events', 'json'];

export interface SimulateArgs {
  readonly manifest: string;
  readonly statefulset?: string;
  readonly script?: string;
  readonly format: SimulateFormat;
  readonly cwd: string;
}

export interface SimulateOutput {
  readonly output: string;
  /** Said on stderr; the exit code stays 0 (the simulation stopped early). */
  readonly warning?: string;
}

export function runSimulate(args: SimulateArgs): SimulateOutput {
  const file = inputFile(args.manifest, args.cwd);
  const source: SourceFile = { uri: file.absolute, parsed: parseFile(readInput(file)) };
  if (source.parsed.skipped) throw new UsageError(t('cli.error.cannotSimulate', file.name, source.parsed.skipped));
  if (source.parsed.helm) throw new UsageError(t('cli.error.helm', file.name));
  const sts = pickStatefulSet(source, file.name, args.statefulset);
  const script = args.script === undefined ? defaultScript() : readScript(inputFile(args.script, args.cwd));
  const input = languageService.simulationInput(sts, new ResourceIndex(collectResources([source])));
  validateScript(script, input, args.script ?? '');
  const { output, result } = runEngine(input, script, args.format, args.script ?? '');
  return { output, warning: result.truncated };
}

function inputFile(name: string, cwd: string): InputFile {
  return name === '-' ? { name: '<stdin>', absolute: '-' } : { name, absolute: path.resolve(cwd, name) };
}

function pickStatefulSet(source: SourceFile, fileName: string, wanted: string | undefined): Resource {
  const selection = selectStatefulSet(languageService.statefulSets([source]), wanted);
  if ('problem' in selection) {
    const names = selection.names.join(', ');
    switch (selection.problem) {
      case 'none':
        throw new UsageError(t('cli.error.noStatefulSet', fileName));
      case 'several':
        throw new UsageError(t('cli.error.severalStatefulSets', fileName, names));
      case 'notFound':
        throw new UsageError(t('cli.error.statefulSetNotFound', wanted ?? '', fileName, names));
      case 'ambiguous':
        throw new UsageError(t('cli.error.ambiguousStatefulSet', wanted ?? '', fileName, names));
    }
  }
  const sts = selection.statefulSet;
  if (!sts.name || sts.name.value === '') throw new UsageError(t('cli.error.noName', fileName));
  const problem = sts.doc.chunk.problems.find((p) => p.severity === 'error');
  if (problem) {
    const line = new LineIndex(source.parsed.text).positionAt(sts.doc.offset + problem.range.start).line + 1;
    throw new UsageError(t('cli.error.invalidYaml', fileName, line, describeResource(sts), problem.message));
  }
  const tooManyAliases = findAliasExpansionProblem(sts.root);
  if (tooManyAliases) throw new UsageError(t('cli.error.cannotSimulate', fileName, tooManyAliases));
  return sts;
}

function readScript(file: InputFile): Script {
  const parsed = parseScript(readInput(file));
  if ('error' in parsed) throw new UsageError(t('cli.error.badScript', file.name, parsed.error));
  return parsed.script;
}

/** What the script asks of this StatefulSet that can never happen. */
function validateScript(script: Script, input: SimInput, scriptName: string): void {
  const setName = String(field(input.manifest, 'metadata', 'name'));
  // Over the limits first: refused at once, before the other checks or any work (issue #15).
  const limit = findLimitProblem(input, script);
  if (limit !== undefined) throw new UsageError(limit);
  const problems = [findPodNameProblem(script, setName), findPatchProblem(script, input)].filter((p) => p !== undefined);
  if (problems.length > 0) throw new UsageError(t('cli.error.badScript', scriptName, problems[0]));
}

function findPatchProblem(script: Script, input: SimInput): string | undefined {
  const containers = containerNames(input.manifest);
  let templatePatched = false;
  for (let index = 0; index < script.steps.length; index++) {
    const step = script.steps[index];
    if (step.kind === 'apply') {
      for (const key of ['name', 'namespace'] as const) {
        const value = field(step.patch, 'metadata', key);
        if (value !== undefined && value !== field(input.manifest, 'metadata', key)) {
          return t('cli.error.scriptRenames', index, key);
        }
      }
      templatePatched ||= field(step.patch, 'spec', 'template') !== undefined;
    }
    const container = step.kind === 'setImage' ? step.container : undefined;
    if (container !== undefined && !templatePatched && !containers.includes(container)) {
      return t('cli.error.scriptContainer', index, container, containers.join(', ') || t('cli.error.none'));
    }
  }
  return undefined;
}

/** The json and events formats, from the finished run (the watch format streams: simulateWatch). */
function formatResult(result: SimResult, format: Exclude<SimulateFormat, 'watch'>): string {
  switch (format) {
    case 'events':
      return formatEvents(result);
    case 'json': {
      const { statefulset, namespace, events, final } = result;
      return JSON.stringify({ statefulset, namespace, events, final: { pods: final.pods, pvcs: final.pvcs, status: final.status } }, null, 2) + '\n';
    }
  }
}

function containerNames(manifest: unknown): string[] {
  const list = field(manifest, 'spec', 'template', 'spec', 'containers');
  return Array.isArray(list) ? list.map((c) => String(field(c, 'name') ?? '')) : [];
}

function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The engine never should throw; if it does, the user gets a message to report, not a stack trace. */
function runEngine(input: SimInput, script: Script, format: SimulateFormat, scriptName: string): { output: string; result: SimResult } {
  try {
    if (format === 'watch') return languageService.simulateWatch(input, script, containerNames(input.manifest).length);
    const result = languageService.simulate(input, script);
    return { output: formatResult(result, format), result };
  } catch (error) {
    // A step the cluster refuses (a force delete of a pod that is not terminating): bad input, not a bug.
    if (error instanceof ScriptError) throw new UsageError(t('cli.error.badScript', scriptName, error.message));
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(t('cli.error.engine', reason));
  }
}
