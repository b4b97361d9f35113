// The `statefulsetStudio.*` settings, read and validated in one place, with an event when they
// (or the presence of the Red Hat YAML extension, which `yamlSyntaxDiagnostics: auto` depends on) change.
import * as vscode from 'vscode';
import { DEFAULT_KUBERNETES_VERSION, DEFAULT_MAX_FILE_SIZE, parseKubernetesVersion, type KubernetesVersion, type SeverityOverride } from './core/index';
import { Disposable, guard, type ErrorLog } from './util/dispose';

export const SETTINGS_SECTION = 'statefulsetStudio';
/** Reports YAML syntax errors itself; with `auto` we leave them to it. */
export const REDHAT_YAML_EXTENSION = 'redhat.vscode-yaml';

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.yaml', '**/*.yml'];
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**'];
const ALWAYS_EXCLUDED = '**/node_modules/**';
const DEFAULT_DEBOUNCE_MS = 250;
const DEFAULT_BASELINE = 'HEAD';
const SEVERITY_OVERRIDES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

export type YamlSyntaxDiagnostics = 'auto' | 'always' | 'never';

export interface Settings {
  /** `statefulsetStudio.rules`: rule id → severity or `off`, as the core's CheckOptions take it. */
  readonly severities: Readonly<Record<string, SeverityOverride>>;
  readonly include: readonly string[];
  /** Always holds the node_modules exclusion. */
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly yamlSyntaxDiagnostics: YamlSyntaxDiagnostics;
  readonly debounceMs: number;
  /** yamlSyntaxDiagnostics resolved against the installed extensions. */
  readonly reportYamlSyntax: boolean;
  /** `statefulsetStudio.kubernetesVersion`: the minor checks, hovers and the schema target. */
  readonly kubernetesVersion: KubernetesVersion;
  /** `statefulsetStudio.baseline`: the git ref the update rules compare with; undefined when `off`. */
  readonly baseline: string | undefined;
}

export interface SettingsChange {
  readonly previous: Settings;
  readonly current: Settings;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const yamlSyntaxDiagnostics = toYamlSyntaxMode(config.get('yamlSyntaxDiagnostics'));
  return {
    severities: toSeverities(config.get('rules')),
    include: toGlobs(config.get('include'), DEFAULT_INCLUDE),
    exclude: [...new Set([...toGlobs(config.get('exclude'), DEFAULT_EXCLUDE), ALWAYS_EXCLUDED])],
    maxFileSize: toCount(config.get('maxFileSize'), DEFAULT_MAX_FILE_SIZE, 1),
    yamlSyntaxDiagnostics,
    debounceMs: toCount(config.get('debounceMs'), DEFAULT_DEBOUNCE_MS, 0),
    reportYamlSyntax:
      yamlSyntaxDiagnostics === 'always' || (yamlSyntaxDiagnostics === 'auto' && !vscode.extensions.getExtension(REDHAT_YAML_EXTENSION)),
    // An edited settings.json can hold anything: a value we do not model falls back to the newest.
    kubernetesVersion: parseKubernetesVersion(config.get('kubernetesVersion')) ?? DEFAULT_KUBERNETES_VERSION,
    baseline: toBaselineRef(config.get('baseline')),
  };
}

/** A `yaml` package ErrorCode (BAD_INDENT, DUPLICATE_KEY, …) rather than one of our rule ids. */
export function isYamlSyntaxCode(ruleId: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(ruleId);
}

/** Whether the set of files to index differs between two settings. */
export function isSameFileScope(a: Settings, b: Settings): boolean {
  return a.maxFileSize === b.maxFileSize && String(a.include) === String(b.include) && String(a.exclude) === String(b.exclude);
}

/**
 * Several globs as one GlobPattern. VS Code globs do not nest braces, so braces inside a glob are
 * expanded first: `**\/*.{yaml,yml}` and `**\/x/**` become `{**\/*.yaml,**\/*.yml,**\/x/**}`.
 */
export function toGlobPattern(globs: readonly string[]): string {
  const all = [...new Set(globs.flatMap(expandBraces))];
  return all.length === 1 ? all[0] : `{${all.join(',')}}`;
}

function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) return [glob];
  const alternatives: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      alternatives.push(glob.slice(from, i));
      return alternatives.flatMap((alt) => expandBraces(glob.slice(0, open) + alt + glob.slice(i + 1)));
    } else if (glob[i] === ',' && depth === 1) {
      alternatives.push(glob.slice(from, i));
      from = i + 1;
    }
  }
  return [glob]; // unbalanced: leave it to VS Code
}

export class SettingsStore extends Disposable {
  #current = readSettings();
  readonly #onDidChange = this._register(new vscode.EventEmitter<SettingsChange>());
  readonly onDidChange = this.#onDidChange.event;

  constructor(log: ErrorLog) {
    super();
    const refresh = guard(log, 'Reading settings', () => this.#refresh());
    this._register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && refresh()));
    this._register(vscode.extensions.onDidChange(refresh));
  }

  get current(): Settings {
    return this.#current;
  }

  #refresh(): void {
    const previous = this.#current;
    const current = readSettings();
    if (JSON.stringify(previous) === JSON.stringify(current)) return;
    this.#current = current;
    this.#onDidChange.fire({ previous, current });
  }
}

function toSeverities(value: unknown): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [ruleId, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && SEVERITY_OVERRIDES.has(severity)) out[ruleId] = severity as SeverityOverride;
  }
  return out;
}

function toGlobs(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  return value.filter((glob): glob is string => typeof glob === 'string' && glob.trim().length > 0);
}

function toCount(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

/** `off` (any case) turns the comparison off; anything blank or not a string is the default, HEAD. */
export function toBaselineRef(value: unknown): string | undefined {
  const ref = typeof value === 'string' ? value.trim() : '';
  if (ref.toLowerCase() === 'off') return undefined;
  return ref === '' ? DEFAULT_BASELINE : ref;
}

function toYamlSyntaxMode(value: unknown): YamlSyntaxDiagnostics {
  return value === 'always' || value === 'never' ? value : 'auto';
}
