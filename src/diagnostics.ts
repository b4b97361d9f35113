// Publishes the core's diagnostics into the 'statefulset' collection. A pass re-checks what the
// index says changed plus every file holding a kind that rules look across files for (a change in
// svc.yaml can change what sts.yaml reports), against one ResourceIndex of the whole workspace.
// Passes are debounced, and a result whose document moved on is dropped (version check).
import * as vscode from 'vscode';
import { checkFileWith, type Diagnostic as CoreDiagnostic, type SourceFile } from './core/check';
import { rules } from './core/rules/index';
import type { ResourceIndex } from './core/model/resourceIndex';
import { DIAGNOSTIC_SOURCE, toDiagnostic, toRuleId } from './convert';
import { isYamlSyntaxCode, type SettingsStore } from './settings';
import { Disposable, guard, type ErrorLog } from './util/dispose';
import type { IndexChange, IndexedFile, WorkspaceIndex } from './workspaceIndex';
import { resourcesOf, workspaceResources } from './workspaceResources';

/** Kinds whose diagnostics can change when another file changes. */
const CROSS_FILE_KINDS: ReadonlySet<string> = new Set([
  'StatefulSet',
  'Service',
  ...rules.filter((rule) => rule.meta.scope === 'workspace').flatMap((rule) => rule.meta.appliesTo),
]);

/** The core diagnostic behind a vscode.Diagnostic, and the document version it was computed on. */
export interface Origin {
  readonly diagnostic: CoreDiagnostic;
  readonly version: number | undefined;
}

/** What the last pass checked against, for quick fixes: valid while nothing changed since. */
export interface CheckContext {
  readonly files: readonly SourceFile[];
  readonly index: ResourceIndex;
}

export class DiagnosticsPublisher extends Disposable {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  readonly #origins = new WeakMap<vscode.Diagnostic, Origin>();
  /** Uris checked so far (whether or not anything was published for them). */
  readonly #checked = new Set<string>();
  #pending = new Set<string>();
  #checkAll = true;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #last: CheckContext | undefined;

  constructor(private readonly index: WorkspaceIndex, private readonly settings: SettingsStore, private readonly log: ErrorLog) {
    super();
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

  /**
   * The core diagnostic behind one of ours. The extension host hands providers the objects we
   * published; should it ever hand over copies, the published one at the same place with the
   * same code is used.
   */
  originOf(resource: vscode.Uri, diagnostic: vscode.Diagnostic): Origin | undefined {
    const direct = this.#origins.get(diagnostic);
    if (direct) return direct;
    const code = toRuleId(diagnostic);
    const same = this.#collection.get(resource)?.find(
      (d) => d.range.isEqual(diagnostic.range) && toRuleId(d) === code && d.message === diagnostic.message,
    );
    return same && this.#origins.get(same);
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
    this.#forgetMissing(new Set(files.map((file) => file.uri)));
    const options = { severities: this.settings.current.severities };
    for (const file of files) {
      if (all || changed.has(file.uri) || !this.#checked.has(file.uri) || this.#isCrossFile(file)) {
        this.#publish(file, checkFileWith(file, resourceIndex, options));
      }
    }
    this.#last = { files, index: resourceIndex };
  }

  #publish(file: IndexedFile, diagnostics: readonly CoreDiagnostic[]): void {
    this.#checked.add(file.uri);
    if (file.document && file.document.version !== file.version) {
      this.#pending.add(file.uri); // stale: the document changed after it was parsed
      this.#schedule(this.settings.current.debounceMs);
      return;
    }
    const shown = this.settings.current.reportYamlSyntax ? diagnostics : diagnostics.filter((d) => !isYamlSyntaxCode(d.ruleId));
    if (!file.document && shown.length === 0) {
      this.#collection.delete(file.resource); // closed or workspace-only file without findings
      return;
    }
    const converted = shown.map((diagnostic) => {
      const result = toDiagnostic(diagnostic, file, this.index);
      this.#origins.set(result, { diagnostic, version: file.version });
      return result;
    });
    this.#collection.set(file.resource, converted);
  }

  /** Files that left the index (deleted, excluded, closed untitled documents) lose their diagnostics. */
  #forgetMissing(present: ReadonlySet<string>): void {
    for (const uri of this.#checked) {
      if (present.has(uri)) continue;
      this.#checked.delete(uri);
      this.#collection.delete(vscode.Uri.parse(uri));
    }
  }

  #isCrossFile(file: SourceFile): boolean {
    return CROSS_FILE_KINDS.has('*') || resourcesOf(file).some((resource) => CROSS_FILE_KINDS.has(resource.kind.value));
  }
}
