// The git baseline in VS Code (docs/change-model.md §7): a thin host around src/baseline's
// GitBaselines (which a language server can host the same way). It finds the repositories of the
// workspace folders and of open files outside them, has each baseline read once per commit, and
// watches each repository's HEAD, refs and packed-refs (a FileSystemWatcher on the git directory,
// plus a look when the window regains focus): when the ref's commit moves (a commit, an amend, a
// checkout, a pull) the baseline is read again and the diagnostics, lenses and baseline documents
// refresh. Checks only match identities here (`lookupFor`); nothing is read on a keystroke.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BASELINE_SCHEME, fromBaselineUri, toBaselineUri } from './baseline/baselineUri';
import { GitBaselines } from './baseline/gitBaselines';
import { LineIndex, type BaselineLookup, type Resource } from './core/index';
import type { FileLocator, LocatedFile } from './convert';
import type { SettingsStore } from './settings';
import { Disposable, guard, type ErrorLog } from './util/dispose';
import type { WorkspaceIndex } from './workspaceIndex';
import { workspaceResources } from './workspaceResources';

/** Git writes several files for one commit or checkout: one look after they settle. */
const REFRESH_DELAY_MS = 200;
const LOAD_DELAY_MS = 300;

export class GitBaselineTracker extends Disposable implements FileLocator {
  #store: GitBaselines | undefined;
  readonly #watched = new Map<string, vscode.FileSystemWatcher>();
  readonly #positions = new Map<string, { text: string; lines: LineIndex }>();
  readonly #paths = new Map<string, string | undefined>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  /** A baseline appeared, moved to another commit or went away (or the setting changed). */
  readonly onDidChange = this.#onDidChange.event;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #loadTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly settings: SettingsStore, private readonly index: WorkspaceIndex, private readonly log: vscode.LogOutputChannel & ErrorLog) {
    super();
    this._register({ dispose: () => (clearTimeout(this.#refreshTimer), clearTimeout(this.#loadTimer), this.#store?.dispose()) });
    this._register({ dispose: () => this.#watched.forEach((w) => w.dispose()) });
    this._register(settings.onDidChange(guard(log, 'Changing the git baseline', ({ previous, current }) => {
      if (previous.baseline !== current.baseline || previous.maxFileSize !== current.maxFileSize) this.#start();
    })));
    this._register(index.onDidChange(guard(log, 'Finding git repositories', ({ reason }) => reason !== 'edit' && this.#scheduleLoad())));
    this._register(vscode.window.onDidChangeWindowState((state) => state.focused && this.#scheduleRefresh()));
    this.#start();
  }

  /** The ref compared with, or undefined when the setting is `off`. */
  get ref(): string | undefined {
    return this.#store?.ref;
  }

  /** The lookup of the workspace's resources for one check pass; undefined when no baseline is read. */
  lookupFor(resources: readonly Resource[]): BaselineLookup | undefined {
    const store = this.#store;
    if (!store || store.baselines().length === 0) return undefined;
    return store.lookupFor(resources, (uri) => this.#pathOf(uri));
  }

  /**
   * The baseline of one resource of the workspace (hover, lens, panel). A lookup matches the index's
   * own resource objects, so a resource collected again from its file (statefulSets()) is first
   * found there by file and document.
   */
  baselineOf(resource: Resource): Resource | undefined {
    const resources = workspaceResources(this.index);
    const own = resources.inFile(resource.uri).find((r) => r.doc.index === resource.doc.index) ?? resource;
    return this.lookupFor(resources.resources)?.(own);
  }

  /** A baseline file, for related information (its text comes from the cache, never from disk). */
  locate(uri: string): LocatedFile | undefined {
    if (!uri.startsWith(`${BASELINE_SCHEME}:`)) return undefined;
    const text = this.#store?.textOf(uri);
    if (text === undefined) return undefined;
    let cached = this.#positions.get(uri);
    if (cached?.text !== text) this.#positions.set(uri, (cached = { text, lines: new LineIndex(text) }));
    return { resource: vscode.Uri.parse(uri, true), positions: cached.lines };
  }

  /** The text of a baseline document (`statefulset-baseline:/path?ref=REF`) while it is the current baseline. */
  textOf(uri: vscode.Uri): string | undefined {
    const parsed = fromBaselineUri(uri);
    return parsed && this.#store?.textOf(toBaselineUri(parsed.path, parsed.ref));
  }

  #start(): void {
    this.#store?.dispose();
    this.#positions.clear();
    const { baseline: ref, maxFileSize } = this.settings.current;
    this.#store = ref === undefined ? undefined : new GitBaselines({ ref, maxFileSize, info: (message) => this.log.info(message) });
    this.#store?.onDidChange(() => this.#changed());
    this.#changed();
    this.#scheduleLoad();
  }

  #changed(): void {
    if (!this.isDisposed) this.#onDidChange.fire();
  }

  #scheduleLoad(): void {
    clearTimeout(this.#loadTimer);
    this.#loadTimer = setTimeout(guard(this.log, 'Reading the git baseline', () => this.#load()), LOAD_DELAY_MS);
  }

  #scheduleRefresh(): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(guard(this.log, 'Refreshing the git baseline', () => this.#store?.refresh()), REFRESH_DELAY_MS);
  }

  /**
   * The workspace folders, and the directory of each open document and of each indexed file outside
   * them (so a repository nested in a folder is found for the files open in it).
   */
  async #load(): Promise<void> {
    const store = this.#store;
    if (!store) return;
    await this.index.ready;
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    const others = this.index.files().flatMap((file) => {
      if (file.resource.scheme !== 'file' || (!file.document && vscode.workspace.getWorkspaceFolder(file.resource))) return [];
      return [path.dirname(file.resource.fsPath)];
    });
    await store.load([...folders, ...others]);
    if (store === this.#store) this.#watch(await store.repositories());
  }

  /** One watcher per git directory: HEAD in the worktree's, refs and packed-refs in the common one. */
  #watch(repositories: readonly { gitDir: string; commonDir: string }[]): void {
    for (const { gitDir, commonDir } of repositories) {
      const wanted: [string, string][] = gitDir === commonDir ? [[gitDir, '{HEAD,packed-refs,refs/**}']] : [[gitDir, 'HEAD'], [commonDir, '{packed-refs,refs/**}']];
      for (const [dir, pattern] of wanted) {
        if (this.#watched.has(dir)) continue;
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), pattern));
        const refresh = () => this.#scheduleRefresh();
        watcher.onDidChange(refresh);
        watcher.onDidCreate(refresh);
        watcher.onDidDelete(refresh);
        this.#watched.set(dir, watcher);
      }
    }
  }

  #pathOf(uri: string): string | undefined {
    if (!this.#paths.has(uri)) {
      const parsed = vscode.Uri.parse(uri, true);
      this.#paths.set(uri, parsed.scheme === 'file' ? parsed.fsPath : undefined);
    }
    return this.#paths.get(uri);
  }
}
