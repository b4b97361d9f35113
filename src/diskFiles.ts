// The workspace's YAML files on disk (statefulsetStudio.include/exclude): found with findFiles,
// read with workspace.fs, kept current through file watchers. Files over maxFileSize are not read.
import * as vscode from 'vscode';
import { decodeManifestBytes, describeTooLarge } from './core/index';
import { isSameFileScope, toGlobPattern, type Settings, type SettingsStore } from './settings';
import { Disposable, disposeAll, guard, type ErrorLog } from './util/dispose';

/** What the workspace scan holds for a file: its text, or why it was not read. */
export type DiskContent = { readonly text: string } | { readonly skipped: string };
export type DiskFile = DiskContent & { readonly resource: vscode.Uri };

const READ_BATCH = 32;
const RESCAN_DELAY_MS = 300;

/** The workspace's YAML files on disk: found with findFiles, read with workspace.fs, watched. */
export class DiskFiles extends Disposable {
  readonly #files = new Map<string, DiskFile>();
  /** The latest read of each file: a read that finishes after a newer one (or a delete) is dropped. */
  readonly #reads = new Map<string, number>();
  #readCount = 0;
  #scanCount = 0;
  readonly #watchers: vscode.Disposable[] = [];
  #rescanTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri[]>());
  readonly onDidChange = this.#onDidChange.event;
  readonly ready: Promise<void>;

  constructor(private readonly settings: SettingsStore, private readonly log: ErrorLog) {
    super();
    this._register({ dispose: () => (clearTimeout(this.#rescanTimer), disposeAll(this.#watchers)) });
    const rescope = guard(log, 'Re-scanning the workspace', (reread: boolean) => (this.#watch(), this.rescan(reread)));
    this._register(settings.onDidChange(({ previous, current }) => isSameFileScope(previous, current) || rescope(true)));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => rescope(false)));
    this.#watch();
    this.ready = this.rescan().catch((error) => log.error(`Scanning the workspace failed: ${error}`));
  }

  get(key: string): DiskFile | undefined {
    return this.#files.get(key);
  }

  async rescan(reread = false): Promise<void> {
    const scan = ++this.#scanCount;
    const found = await findYamlFiles(this.settings.current);
    if (scan !== this.#scanCount || this.isDisposed) return; // a newer scan is under way
    const keep = new Set(found.map((uri) => uri.toString()));
    const removed = [...this.#files.values()].filter((file) => !keep.has(file.resource.toString())).map((file) => file.resource);
    for (const uri of removed) this.#forget(uri.toString());
    const read = await this.#readAll(found.filter((uri) => reread || !this.#files.has(uri.toString())));
    this.#fire([...removed, ...read]);
  }

  async #readAll(uris: vscode.Uri[]): Promise<vscode.Uri[]> {
    const changed: vscode.Uri[] = [];
    for (let i = 0; i < uris.length && !this.isDisposed; i += READ_BATCH) {
      const batch = uris.slice(i, i + READ_BATCH);
      const results = await Promise.all(batch.map((uri) => this.#read(uri)));
      changed.push(...batch.filter((_, j) => results[j]));
    }
    return changed;
  }

  /** Reads one file; true when what the index holds for it changed. */
  async #read(resource: vscode.Uri): Promise<boolean> {
    const key = resource.toString();
    const token = ++this.#readCount;
    this.#reads.set(key, token);
    let content: DiskContent | undefined;
    try {
      content = await readContent(resource, this.settings.current.maxFileSize);
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) this.log.error(`Reading ${resource.toString(true)} failed: ${error}`);
    }
    if (this.#reads.get(key) !== token || this.isDisposed) return false;
    this.#reads.delete(key);
    const previous = this.#files.get(key);
    if (!content) return this.#files.delete(key);
    if (previous && 'text' in previous && 'text' in content && previous.text === content.text) return false;
    this.#files.set(key, { ...content, resource });
    return true;
  }

  #watch(): void {
    disposeAll(this.#watchers);
    const { include } = this.settings.current;
    if (include.length === 0) return;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, toGlobPattern(include)));
      watcher.onDidCreate(guard(this.log, 'Indexing a created file', () => this.#scheduleRescan()), undefined, this.#watchers);
      watcher.onDidChange(guard(this.log, 'Indexing a changed file', (uri: vscode.Uri) => this.#changed(uri)), undefined, this.#watchers);
      watcher.onDidDelete(guard(this.log, 'Indexing a deleted file', (uri: vscode.Uri) => this.#deleted(uri)), undefined, this.#watchers);
      this.#watchers.push(watcher);
    }
  }

  /** Created files go through findFiles, which applies the exclude globs. */
  #scheduleRescan(): void {
    clearTimeout(this.#rescanTimer);
    this.#rescanTimer = setTimeout(guard(this.log, 'Re-scanning the workspace', () => this.rescan()), RESCAN_DELAY_MS);
  }

  async #changed(uri: vscode.Uri): Promise<void> {
    if (this.#files.has(uri.toString()) && (await this.#read(uri))) this.#fire([uri]);
  }

  /** A deleted file, or a deleted folder: then every file under it. */
  #deleted(uri: vscode.Uri): void {
    const key = uri.toString();
    const folder = key.endsWith('/') ? key : `${key}/`;
    const removed = [...this.#files.values()].map((file) => file.resource).filter((r) => r.toString() === key || r.toString().startsWith(folder));
    for (const resource of removed) this.#forget(resource.toString());
    this.#fire(removed);
  }

  #forget(key: string): void {
    this.#files.delete(key);
    this.#reads.delete(key);
  }

  #fire(uris: vscode.Uri[]): void {
    if (uris.length > 0 && !this.isDisposed) this.#onDidChange.fire(uris);
  }
}

async function findYamlFiles({ include, exclude }: Settings): Promise<vscode.Uri[]> {
  if (include.length === 0 || !vscode.workspace.workspaceFolders?.length) return [];
  return vscode.workspace.findFiles(toGlobPattern(include), toGlobPattern(exclude));
}

async function readContent(resource: vscode.Uri, maxFileSize: number): Promise<DiskContent> {
  const { size } = await vscode.workspace.fs.stat(resource);
  if (size > maxFileSize) return { skipped: describeTooLarge(size, maxFileSize) };
  return { text: decodeManifestBytes(await vscode.workspace.fs.readFile(resource)) };
}
