// Publishes the core's diagnostics into the 'statefulset' collection. A pass re-checks what the
// index says changed plus every file holding a kind that rules look across files for (a change in
// svc.yaml can change what sts.yaml reports), against one ResourceIndex of the whole workspace.
// Passes are debounced, and a result whose document moved on is dropped (version check).
// The publisher keeps what it published per file (the core findings and where they were shown):
// hover and the rollout panel read them here rather than back from vscode.languages.
import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic, LanguageService, ResourceIndex, SourceFile } from './core/index';
import { DIAGNOSTIC_SOURCE, toDiagnostic, toRuleId, type FileLocator } from './convert';
import type { GitBaselineTracker } from './gitBaseline';
import { isYamlSyntaxCode, type SettingsStore } from './settings';
import { Disposable, guard, type ErrorLog } from './util/dispose';
import type { IndexChange, IndexedFile, WorkspaceIndex } from './workspaceIndex';
import { resourcesOf, workspaceResources } from './workspaceResources';

/** Kinds whose diagnostics can change when another file changes. */
function crossFileKinds(language: LanguageService): ReadonlySet<string> {
  const workspaceRules = language.rules.filter((rule) => rule.meta.scope === 'workspace');
  return new Set(['StatefulSet', 'Service', ...workspaceRules.flatMap((rule) => rule.meta.appliesTo)]);
}

/** The core diagnostic behind a vscode.Diagnostic, and the document version it was computed on. */
export interface Origin {
  readonly diagnostic: CoreDiagnostic;
  readonly version: number | undefined;
}

/** A finding as published: the core diagnostic, its version, and the range it was shown at. */
export interface PublishedFinding extends Origin {
  readonly range: vscode.Range;
}

/** Where adapters take our findings from. */
export interface FindingSource {
  /** What is published for the file now (`uri`: the vscode.Uri string); empty when nothing is. */
  findingsOf(uri: string): readonly PublishedFinding[];
  /** Fires after a pass with the files whose findings were published or removed. */
  readonly onDidPublish: vscode.Event<readonly string[]>;
}

/** What the last pass checked against, for quick fixes: valid while nothing changed since. */
export interface CheckContext {
  readonly files: readonly SourceFile[];
  readonly index: ResourceIndex;
}

export class DiagnosticsPublisher extends Disposable implements FindingSource {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  readonly #origins = new WeakMap<vscode.Diagnostic, Origin>();
  /** What the collection holds, per uri, as core findings. */
  readonly #findings = new Map<string, PublishedFinding[]>();
  readonly #onDidPublish = this._register(new vscode.EventEmitter<readonly string[]>());
  readonly onDidPublish = this.#onDidPublish.event;
  readonly #crossFileKinds: ReadonlySet<string>;
  /** Uris checked so far (whether or not anything was published for them). */
  readonly #checked = new Set<string>();
  #pending = new Set<string>();
  #checkAll = true;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #last: CheckContext | undefined;
  readonly #locator: FileLocator;

  constructor(
    private readonly language: LanguageService,
    private readonly index: WorkspaceIndex,
    private readonly settings: SettingsStore,
    private readonly log: ErrorLog,
    private readonly baseline: GitBaselineTracker,
  ) {
    super();
    this.#crossFileKinds = crossFileKinds(language);
    // Related information of the update rules points into baseline documents.
    this.#locator = { locate: (uri) => index.locate(uri) ?? baseline.locate(uri) };
    this._register(baseline.onDidChange(guard(log, 'Re-checking against the moved baseline', () => this.recheckAll())));
    this._register({ dispose: () => clearTimeout(this.#timer) });
    this._register(index.onDidChange(guard(log, 'Scheduling a check', (change: IndexChange) => this.#onIndexChange(change))));
    this._register(settings.onDidChange(guard(log, 'Re-checking after a settings change', () => this.recheckAll())));
    this.recheckAll();
  }

  /** Checks every indexed file again, soon. */
  recheckAll(): void {
    this.#checkAll = true;
    this.#schedule(0);
  }

  findingsOf(uri: string): readonly PublishedFinding[] {
    return this.#findings.get(uri) ?? [];
  }

  /**
   * The core diagnostic behind one of ours. The extension host hands providers the objects we
   * published; should it ever hand over copies, the published one at the same place with the
   * same code is used.
   */
  originOf(resource: vscode.Uri, diagnostic: vscode.Diagnostic): Origin | undefined {
    const direct = this.#origins.get(diagnostic);
    if (direct) return direct;
    const code = toRuleId(diagnostic);
    return this.findingsOf(resource.toString()).find(
      (f) => f.range.isEqual(diagnostic.range) && f.diagnostic.ruleId === code && f.diagnostic.message === diagnostic.message,
    );
  }

  /** The files and index of the last pass, or undefined when a change has not been checked yet. */
  checkContext(): CheckContext | undefined {
    return this.#timer === undefined && !this.#running && this.#pending.size === 0 ? this.#last : undefined;
  }

  #onIndexChange({ uris, reason }: IndexChange): void {
    for (const uri of uris) this.#pending.add(uri);
    this.#schedule(reason === 'open' ? 0 : this.settings.current.debounceMs);
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      guard(this.log, 'Checking StatefulSets', () => {
        this.#timer = undefined;
        return this.#check();
      }),
      delay,
    );
  }

  async #check(): Promise<void> {
    this.#running = true;
    try {
      await this.index.ready; // cross-file rules need the whole workspace
    } finally {
      this.#running = false;
    }
    if (this.#timer !== undefined || this.isDisposed) return; // superseded: the next pass takes the changes
    const changed = this.#pending;
    const all = this.#checkAll;
    this.#pending = new Set();
    this.#checkAll = false;
    const files = this.index.files();
    const resourceIndex = workspaceResources(this.index, files);
    const published = this.#forgetMissing(new Set(files.map((file) => file.uri)));
    const baseline = this.baseline.lookupFor(resourceIndex.resources); // matched once per pass
    const options = { severities: this.settings.current.severities, ...(baseline ? { baseline } : {}) };
    for (const file of files) {
      if (all || changed.has(file.uri) || !this.#checked.has(file.uri) || this.#isCrossFile(file)) {
        if (this.#publish(file, this.language.check(file, resourceIndex, options))) published.push(file.uri);
      }
    }
    this.#last = { files, index: resourceIndex };
    if (published.length > 0) this.#onDidPublish.fire(published);
  }

  /** False when the result is stale and was dropped. */
  #publish(file: IndexedFile, diagnostics: readonly CoreDiagnostic[]): boolean {
    this.#checked.add(file.uri);
    if (file.document && file.document.version !== file.version) {
      this.#pending.add(file.uri); // stale: the document changed after it was parsed
      this.#schedule(this.settings.current.debounceMs);
      return false;
    }
    const shown = this.settings.current.reportYamlSyntax ? diagnostics : diagnostics.filter((d) => !isYamlSyntaxCode(d.ruleId));
    if (!file.document && shown.length === 0) {
      this.#delete(file.uri, file.resource); // closed or workspace-only file without findings
      return true;
    }
    const converted: vscode.Diagnostic[] = [];
    const findings: PublishedFinding[] = [];
    for (const diagnostic of shown) {
      const result = toDiagnostic(diagnostic, file, this.#locator);
      const origin: Origin = { diagnostic, version: file.version };
      this.#origins.set(result, origin);
      converted.push(result);
      findings.push({ ...origin, range: result.range });
    }
    this.#collection.set(file.resource, converted);
    this.#findings.set(file.uri, findings);
    return true;
  }

  /** Files that left the index (deleted, excluded, closed untitled documents) lose their diagnostics; returns their uris. */
  #forgetMissing(present: ReadonlySet<string>): string[] {
    const gone = [...this.#checked].filter((uri) => !present.has(uri));
    for (const uri of gone) {
      this.#checked.delete(uri);
      this.#delete(uri, vscode.Uri.parse(uri));
    }
    return gone;
  }

  #delete(uri: string, resource: vscode.Uri): void {
    this.#collection.delete(resource);
    this.#findings.delete(uri);
  }

  #isCrossFile(file: SourceFile): boolean {
    const kinds = this.#crossFileKinds;
    return kinds.has('*') || resourcesOf(file).some((resource) => kinds.has(resource.kind.value));
  }
}
