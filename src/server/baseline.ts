// The git baseline in the language server (docs/change-model.md §7), hosted as the extension
// hosted it in-process before: src/baseline's GitBaselines reads each repository's baseline once
// per commit (async git), and a check only matches identities (`lookupFor`). The repositories are
// those of the workspace folders and of open files outside them. HEAD moving (a commit, an amend,
// a checkout) is noticed through `workspace/didChangeWatchedFiles`: the server registers watchers
// on each repository's HEAD, refs and packed-refs when the client takes relative patterns, and
// any client may forward such events anyway. A change re-checks, refreshes the code lenses and
// tells the client (BASELINE_CHANGED_NOTIFICATION) so its baseline documents refresh.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, type Connection, type FileSystemWatcher } from 'vscode-languageserver/node';
import { toBaselineUri } from '../baseline/baselineUri';
import { GitBaselines } from '../baseline/gitBaselines';
import type { Repository } from '../baseline/gitReader';
import { LineIndex, type BaselineLookup, type Resource } from '../core/index';
import { BASELINE_CHANGED_NOTIFICATION } from '../protocol/lsp';
import type { Lines } from './convert';
import type { ServerSettings } from './settings';

/** Git writes several files for one commit or checkout: one look after they settle. */
const REFRESH_DELAY_MS = 200;

export interface BaselineHost {
  readonly connection: Connection;
  settings(): ServerSettings;
  roots(): readonly string[];
  /** Whether the client registers watchers with a base folder (LSP 3.17 RelativePattern). */
  relativePatterns(): boolean;
  /** After the baseline appeared, moved or went away. */
  changed(): void;
}

export class ServerBaseline {
  #store: GitBaselines | undefined;
  #key = '';
  readonly #gitDirs = new Set<string>();
  readonly #lines = new Map<string, { text: string; lines: LineIndex }>();
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: BaselineHost) {}

  get ref(): string | undefined {
    return this.#store?.ref;
  }

  /** Starts over when the ref or the file size limit changed (and on the first call). */
  async applySettings(openUris: readonly string[]): Promise<void> {
    const { baseline: ref, maxFileSize } = this.host.settings();
    const key = JSON.stringify([ref, maxFileSize]);
    if (key === this.#key) return;
    this.#key = key;
    this.#store?.dispose();
    this.#lines.clear();
    this.#store = ref === undefined ? undefined : new GitBaselines({ ref, maxFileSize, info: (message) => this.host.connection.console.info(message) });
    this.#store?.onDidChange(() => this.host.changed());
    this.host.changed();
    await this.#load([...this.host.roots(), ...openUris.flatMap(directoryOf)]);
  }

  /**
   * Finds the repositories of these files (an opened file may be in a repository of its own) and
   * reads their baselines; those of the workspace folders are read when the settings apply.
   */
  load(uris: readonly string[]): Promise<void> {
    return this.#load(uris.flatMap(directoryOf));
  }

  async #load(directories: readonly string[]): Promise<void> {
    const store = this.#store;
    if (!store) return;
    // One load per directory: a small repository's baseline applies without waiting for a large one's.
    await Promise.all([...new Set(directories)].map((dir) => store.load([dir])));
    if (store === this.#store) this.#watch(await store.repositories());
  }

  /** A watched file changed: a look at the refs when it is in a git directory. */
  onFileEvent(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    const inGitDir = [...this.#gitDirs].some((dir) => file === dir || file.startsWith(dir + path.sep)) || /[\\/]\.git([\\/]|$)/.test(file);
    if (!inGitDir) return false;
    this.scheduleRefresh();
    return true;
  }

  /** Resolves the ref again soon (once for a burst of events); re-reads where its commit moved. */
  scheduleRefresh(): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.#refresh(), REFRESH_DELAY_MS);
  }

  /** A refresh may find new repositories (a `git init` in the workspace): their git directories are watched too. */
  async #refresh(): Promise<void> {
    const store = this.#store;
    if (!store) return;
    await store.refresh();
    if (store === this.#store) this.#watch(await store.repositories());
  }

  /** The lookup of the resources being checked; undefined when no baseline is read. */
  lookupFor(resources: readonly Resource[]): BaselineLookup | undefined {
    const store = this.#store;
    if (!store || store.baselines().length === 0) return undefined;
    return store.lookupFor(resources, (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined));
  }

  /** The text of a baseline document while it is the current baseline. */
  textOf(uri: string): string | undefined {
    return this.#store?.textOf(uri);
  }

  /** The text of the baseline document of a file path at a ref (what the client's baseline uri names). */
  textAt(filePath: string, ref: string): string | undefined {
    return this.textOf(toBaselineUri(filePath, ref));
  }

  /** Positions in a baseline document, for related information. */
  linesOf = (uri: string): Lines | undefined => {
    const text = this.textOf(uri);
    if (text === undefined) return undefined;
    let cached = this.#lines.get(uri);
    if (cached?.text !== text) this.#lines.set(uri, (cached = { text, lines: new LineIndex(text) }));
    return cached.lines;
  };

  dispose(): void {
    clearTimeout(this.#refreshTimer);
    this.#store?.dispose();
  }

  /** One registration per new git directory: HEAD in the worktree's, refs and packed-refs in the common one. */
  #watch(repositories: readonly Repository[]): void {
    const watchers: FileSystemWatcher[] = [];
    for (const { gitDir, commonDir } of repositories) {
      const wanted: [string, string][] = gitDir === commonDir ? [[gitDir, '{HEAD,packed-refs,refs/**}']] : [[gitDir, 'HEAD'], [commonDir, '{packed-refs,refs/**}']];
      for (const [dir, pattern] of wanted) {
        if (this.#gitDirs.has(dir)) continue;
        this.#gitDirs.add(dir);
        watchers.push({ globPattern: { baseUri: pathToFileURL(dir).href, pattern } });
      }
    }
    if (watchers.length > 0 && this.host.relativePatterns()) {
      void this.host.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
    }
  }
}

function directoryOf(uri: string): string[] {
  return uri.startsWith('file:') ? [path.dirname(fileURLToPath(uri))] : [];
}

/** Notifies the client that baseline documents may read differently now. */
export function notifyBaselineChanged(connection: Connection): void {
  void connection.sendNotification(BASELINE_CHANGED_NOTIFICATION).catch(() => undefined);
}
