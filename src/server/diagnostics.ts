// Pushes the core's diagnostics (`textDocument/publishDiagnostics`). An open file is checked at
// once against the open files; until the workspace index is complete, findings of rules that look
// across files (meta.scope 'workspace': "Service not found" and its kin) are held back, so none is
// ever shown for a Service whose file is simply not indexed yet. When the index completes, open
// files are checked again in full, then every closed file that holds a kind those rules read.
// Closed files without such kinds get their findings while they are indexed: nothing else changes them.
import { createHash } from 'node:crypto';
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { ResourceIndex, type BaselineLookup, type Diagnostic, type LanguageService, type Resource, type ResourceSummary } from '../core/index';
import { toLspDiagnostic, type LinesOf } from './convert';
import { crossFileRules, dependsOnChange, type CrossFileRules } from './dependents';
import { isYamlSyntaxCode, type ServerSettings } from './settings';
import { resourcesOf, summaryOf, type ServerFile, type Workspace } from './workspace';

export interface PublisherHost {
  readonly connection: Connection;
  readonly language: LanguageService;
  readonly workspace: Workspace;
  settings(): ServerSettings;
  /** Whether the workspace index is complete (cross-file findings may be published). */
  indexComplete(): boolean;
  /** The git baseline's lookup of the resources checked (the update rules); undefined without one. */
  baselineFor(resources: readonly Resource[]): BaselineLookup | undefined;
  /** Lines of workspace files and of baseline documents (related information). */
  readonly linesOf: LinesOf;
}

/** A published diagnostic and the core diagnostic behind it (code actions and hover need it). */
export interface PublishedFinding {
  readonly core: Diagnostic;
  readonly lsp: LspDiagnostic;
}

interface Published {
  readonly version: number | undefined;
  readonly findings: readonly PublishedFinding[];
  /**
   * A digest of what was sent, to send nothing when a re-check finds the same (an editor would
   * redraw its problems). Not the JSON itself: kept for every closed file with findings, that grew
   * the server's heap by the size of all closed files' diagnostics.
   */
  readonly sent: string;
}

export class DiagnosticsPublisher {
  readonly #published = new Map<string, Published>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #workspaceRules: ReadonlySet<string>;
  readonly #crossFileKinds: ReadonlySet<string>;
  /** The workspace rules by the type they check: only their findings can follow another file. */
  /** The workspace rules by the type they check: what a change of another file may re-check (dependents.ts). */
  readonly crossFileRules: CrossFileRules;

  constructor(private readonly host: PublisherHost) {
    const workspaceRules = host.language.rules.filter((rule) => rule.meta.scope === 'workspace');
    this.#workspaceRules = new Set(workspaceRules.map((rule) => rule.id));
    this.#crossFileKinds = new Set(['StatefulSet', 'Service', ...workspaceRules.flatMap((rule) => rule.meta.appliesTo)]);
    this.crossFileRules = crossFileRules(host.language.rules);
  }

  findingsOf(uri: string, version?: number): readonly PublishedFinding[] {
    const published = this.#published.get(uri);
    return published && (version === undefined || published.version === version) ? published.findings : [];
  }

  /** Checks an open file after `delay` ms (edits), replacing a check already scheduled; then `after` (its dependents). */
  checkOpenSoon(uri: string, delay: number, after: () => void = () => undefined): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.set(uri, setTimeout(() => (this.#timers.delete(uri), this.checkOpen(uri), after()), delay));
  }

  checkOpen(uri: string): void {
    const file = this.host.workspace.openFile(uri);
    if (!file) return;
    // `$/logTrace` when the client asked for a trace: what was re-checked, and how often (test/unit/server/dependents.test.ts counts them).
    this.host.connection.tracer.log(`Checked the open document ${uri} (version ${file.version})`);
    const complete = this.host.indexComplete();
    const index = this.host.workspace.resourceIndexFor([file], complete);
    const found = this.#check(file, index);
    this.#publish(file, complete ? found : found.filter((d) => !this.#workspaceRules.has(d.ruleId)));
  }

  /**
   * After another file changed (`changed`: its resources before and after), the open documents
   * whose findings may depend on it (dependents.ts), checked again.
   */
  checkOpenDependents(changedUri: string, changed: readonly ResourceSummary[]): void {
    for (const file of this.host.workspace.openFiles()) {
      if (file.uri !== changedUri && dependsOnChange(resourcesOf(file).map(summaryOf), changed, this.crossFileRules)) this.checkOpen(file.uri);
    }
  }

  /** Whether the file's findings can depend on other files. */
  isCrossFile(file: ServerFile): boolean {
    const kinds = this.#crossFileKinds;
    return kinds.has('*') || resourcesOf(file).some((resource) => kinds.has(resource.kind.value));
  }

  /** A closed file checked on its own (its findings depend on no other file). */
  checkAlone(file: ServerFile): void {
    if (this.host.settings().workspaceDiagnostics) this.#publish(file, this.#check(file, new ResourceIndex(resourcesOf(file))));
  }

  /** A closed file checked against the index, re-read from disk. */
  checkClosed(uri: string): void {
    if (this.host.workspace.isOpen(uri)) return;
    if (!this.host.settings().workspaceDiagnostics) return this.clear(uri);
    const file = this.host.workspace.file(uri);
    if (!file) return this.clear(uri);
    this.#publish(file, this.#check(file, this.host.workspace.resourceIndexFor([file])));
  }

  clear(uri: string): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.delete(uri);
    if (!this.#published.delete(uri)) return;
    void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Uris with something published. */
  publishedUris(): string[] {
    return [...this.#published.keys()];
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  #check(file: ServerFile, index: ResourceIndex): Diagnostic[] {
    const { severities, reportYamlSyntax } = this.host.settings();
    const baseline = this.host.baselineFor(index.resources);
    const found = this.host.language.check(file, index, { severities, ...(baseline ? { baseline } : {}) });
    return reportYamlSyntax ? found : found.filter((d) => !isYamlSyntaxCode(d.ruleId));
  }

  #publish(file: ServerFile, diagnostics: readonly Diagnostic[]): void {
    const { uri, version } = file;
    if (version === undefined && diagnostics.length === 0) return this.clear(uri); // a closed file without findings
    const linesOf = this.host.linesOf;
    const findings = diagnostics.map((core) => ({ core, lsp: toLspDiagnostic(core, file.lines, linesOf) }));
    const sent = createHash('sha1').update(JSON.stringify(findings.map((f) => f.lsp))).digest('base64');
    const previous = this.#published.get(uri);
    // Only open documents are asked for code actions and hovers: a closed file's findings are sent, not kept.
    this.#published.set(uri, { version, findings: version === undefined ? [] : findings, sent });
    if (previous && previous.version === version && previous.sent === sent) return;
    void this.host.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => f.lsp) });
  }
}
