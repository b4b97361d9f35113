// The one definition of the `statefulsetStudio.*` settings: their names' section, defaults and
// validation, as the language server reads them through `workspace/configuration` (package.json
// declares them for VS Code; any client may send them), plus `files.exclude`, whose folders are
// left out of the index as VS Code leaves them out of its search. No vscode here: the server and
// the extension read the same values the same way.
import { DEFAULT_KUBERNETES_VERSION, DEFAULT_MAX_FILE_SIZE, parseKubernetesVersion, type KubernetesVersion, type SeverityOverride } from '../core/index';
import type { SiblingExclude } from './siblingExcludes';

export const DEFAULT_MAX_INDEXED_FILES = 20_000;
/** Never indexed, whatever the settings say: dependencies and the repository's own store. */
export const ALWAYS_EXCLUDED: readonly string[] = ['**/node_modules/**', '**/.git/**'];
export const DEFAULT_BASELINE = 'HEAD';

export interface ServerSettings {
  readonly severities: Readonly<Record<string, SeverityOverride>>;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** `files.exclude` entries with a `when` clause: excluded while the named sibling exists (siblingExcludes.ts). */
  readonly excludeWhen: readonly SiblingExclude[];
  readonly maxFileSize: number;
  readonly reportYamlSyntax: boolean;
  readonly debounceMs: number;
  /** `statefulsetStudio.workspaceDiagnostics`: false shows problems of open files only. */
  readonly workspaceDiagnostics: boolean;
  /** `statefulsetStudio.maxIndexedFiles`: the index stops there, with a message naming the setting. */
  readonly maxIndexedFiles: number;
  /** `statefulsetStudio.kubernetesVersion`: the minor checks, hovers and the schema target. */
  readonly kubernetesVersion: KubernetesVersion;
  /** `statefulsetStudio.baseline`: the git ref the update rules compare with; undefined when `off`. */
  readonly baseline: string | undefined;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  severities: {},
  include: ['**/*.yaml', '**/*.yml'],
  exclude: ALWAYS_EXCLUDED,
  excludeWhen: [],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  reportYamlSyntax: true,
  debounceMs: 250,
  workspaceDiagnostics: true,
  maxIndexedFiles: DEFAULT_MAX_INDEXED_FILES,
  kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
  baseline: DEFAULT_BASELINE,
};

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Settings from the raw `statefulsetStudio` and `files` sections; anything missing or malformed
 * keeps its default. `yamlExtension`: Red Hat's YAML extension is installed (see yamlSyntaxDiagnostics).
 */
export function toServerSettings(section: unknown, files: unknown, yamlExtension: boolean): ServerSettings {
  const raw = asRecord(section);
  const mode = raw.yamlSyntaxDiagnostics;
  const exclude = [...stringList(raw.exclude, DEFAULT_SETTINGS.exclude), ...excludedByFiles(files), ...ALWAYS_EXCLUDED];
  return {
    severities: Object.fromEntries(Object.entries(asRecord(raw.rules)).filter((entry): entry is [string, SeverityOverride] => LEVELS.has(String(entry[1])))),
    include: stringList(raw.include, DEFAULT_SETTINGS.include),
    exclude: [...new Set(exclude)],
    excludeWhen: siblingClausesOf(files),
    maxFileSize: count(raw.maxFileSize, DEFAULT_SETTINGS.maxFileSize, 1),
    reportYamlSyntax: mode === 'always' || (mode !== 'never' && !yamlExtension),
    debounceMs: count(raw.debounceMs, DEFAULT_SETTINGS.debounceMs, 0),
    workspaceDiagnostics: typeof raw.workspaceDiagnostics === 'boolean' ? raw.workspaceDiagnostics : DEFAULT_SETTINGS.workspaceDiagnostics,
    maxIndexedFiles: count(raw.maxIndexedFiles, DEFAULT_SETTINGS.maxIndexedFiles, 0),
    // An edited settings.json can hold anything: a value we do not model falls back to the newest.
    kubernetesVersion: parseKubernetesVersion(raw.kubernetesVersion) ?? DEFAULT_KUBERNETES_VERSION,
    baseline: toBaselineRef(raw.baseline),
  };
}

/** `off` (any case) turns the comparison off; anything blank or not a string is the default, HEAD. */
export function toBaselineRef(value: unknown): string | undefined {
  const ref = typeof value === 'string' ? value.trim() : '';
  if (ref.toLowerCase() === 'off') return undefined;
  return ref === '' ? DEFAULT_BASELINE : ref;
}

/** `files.exclude` maps globs to true (excluded), false (not), or a sibling clause (siblingClausesOf). */
function excludedByFiles(files: unknown): string[] {
  const exclude = asRecord(asRecord(files).exclude);
  return Object.keys(exclude).filter((glob) => exclude[glob] === true);
}

/** `{"**\/*.js": {"when": "$(basename).ts"}}`: excluded only beside the named file. */
function siblingClausesOf(files: unknown): SiblingExclude[] {
  const exclude = asRecord(asRecord(files).exclude);
  return Object.entries(exclude).flatMap(([glob, value]) => {
    const when = asRecord(value).when;
    return typeof when === 'string' && when.trim() !== '' ? [{ glob, when }] : [];
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : fallback;
}

function count(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

/** A `yaml` package ErrorCode (BAD_INDENT, DUPLICATE_KEY, …) rather than one of our rule ids. */
export function isYamlSyntaxCode(ruleId: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(ruleId);
}
