// The one index of parsed YAML files: every open YAML document plus the workspace's YAML files
// (statefulsetStudio.include/exclude), kept current on open/change/close and through a file
// watcher. Each file keeps one chunk cache, so an edit re-parses only the edited YAML document.
// Open documents win over disk content. Parsing is lazy: `files()` parses what changed since.
import * as vscode from 'vscode';
import type { SourceFile } from './core/check';
import { LineIndex } from './core/parse/lineIndex';
import type { ParsedChunk } from './core/parse/parseChunk';
import { parseFile, type ParsedFile } from './core/parse/parseFile';
import type { FileLocator, PositionSource } from './convert';
import { isSameFileScope, toGlobPattern, type Settings, type SettingsStore } from './settings';
import { Disposable, disposeAll, guard, type ErrorLog } from './util/dispose';

export const YAML_SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }];
/** Schemes of real files; diff views (git:), output and the like are not checked. */
const CHECKED_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

export function isYamlDocument(document: vscode.TextDocument): boolean {
  if (!CHECKED_SCHEMES.has(document.uri.scheme)) return false;
  return document.languageId === 'yaml' || /\.ya?ml$/i.test(document.uri.path);
}

export interface IndexedFile extends SourceFile {
  readonly resource: vscode.Uri;
  /** The open document the text came from, undefined for disk content. */
  readonly document: vscode.TextDocument | undefined;
  /** The document version that was parsed. */
  readonly version: number | undefined;
  /** Converts offsets in the parsed text (see convert.ts). */
  readonly positions: PositionSource;
}

export type ChangeReason = 'open' | 'edit' | 'close' | 'disk';

export interface IndexChange {
  /** Keys (uri strings) whose content changed, appeared or went away. */
  readonly uris: readonly string[];
  readonly reason: ChangeReason;
}

/** What the workspace scan holds for a file: its text, or why it was not read. */
type DiskContent = { readonly text: string } | { readonly skipped: string };
type DiskFile = DiskContent & { readonly resource: vscode.Uri };

const READ_BATCH = 32;
const RESCAN_DELAY_MS = 300;
const decoder = new TextDecoder('utf-8'); // drops a BOM, as VS Code's documents do

/** The workspace's YAML files on disk: found with findFiles, read with workspace.fs, watched. */
class DiskFiles extends Disposable {
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
  return { text: decoder.decode(await vscode.workspace.fs.readFile(resource)) };
}

/** The core's parseFile message for a file it did not parse, for files too large to read at all. */
function describeTooLarge(size: number, maxSize: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return `File not checked: it is ${mb(size)} MB, over the ${mb(maxSize)} MB limit (setting statefulsetStudio.maxFileSize, CLI --max-file-size).`;
}

class Entry {
  readonly cache = new Map<string, ParsedChunk>();
  document: vscode.TextDocument | undefined;
  #file: IndexedFile | undefined;
  #maxFileSize = 0;

  constructor(readonly resource: vscode.Uri) {}

  invalidate(): void {
    this.#file = undefined;
  }

  file(disk: DiskContent | undefined, maxFileSize: number): IndexedFile | undefined {
    const document = this.document;
    const current = this.#file;
    if (current && current.version === document?.version && this.#maxFileSize === maxFileSize) return current;
    this.#maxFileSize = maxFileSize;
    this.#file = document ? this.#parse(document.getText(), document, maxFileSize) : disk && this.#parseDisk(disk, maxFileSize);
    return this.#file;
  }

  #parseDisk(disk: DiskContent, maxFileSize: number): IndexedFile {
    if ('text' in disk) return this.#parse(disk.text, undefined, maxFileSize);
    const parsed: ParsedFile = { text: '', documents: [], helm: false, skipped: disk.skipped };
    return this.#toFile(parsed, undefined, new LineIndex(''));
  }

  #parse(text: string, document: vscode.TextDocument | undefined, maxFileSize: number): IndexedFile {
    const parsed = parseFile(text, { cache: this.cache, maxFileSize });
    let lines: LineIndex | undefined;
    const positions = document ?? { positionAt: (offset: number) => (lines ??= new LineIndex(text)).positionAt(offset) };
    return this.#toFile(parsed, document, positions);
  }

  #toFile(parsed: ParsedFile, document: vscode.TextDocument | undefined, positions: PositionSource): IndexedFile {
    return { uri: this.resource.toString(), resource: this.resource, parsed, document, version: document?.version, positions };
  }
}

export class WorkspaceIndex extends Disposable implements FileLocator {
  readonly #entries = new Map<string, Entry>();
  readonly #disk: DiskFiles;
  readonly #onDidChange = this._register(new vscode.EventEmitter<IndexChange>());
  /** Fires whenever a file's content changed, appeared or went away. */
  readonly onDidChange = this.#onDidChange.event;

  constructor(private readonly settings: SettingsStore, log: ErrorLog) {
    super();
    this.#disk = this._register(new DiskFiles(settings, log));
    this._register(this.#disk.onDidChange(guard(log, 'Indexing workspace files', (uris: vscode.Uri[]) => this.#onDisk(uris))));
    this._register(vscode.workspace.onDidOpenTextDocument(guard(log, 'Indexing an opened document', (d: vscode.TextDocument) => this.#open(d))));
    this._register(vscode.workspace.onDidChangeTextDocument(guard(log, 'Indexing an edit', (e: vscode.TextDocumentChangeEvent) => this.#edit(e))));
    this._register(vscode.workspace.onDidCloseTextDocument(guard(log, 'Indexing a closed document', (d: vscode.TextDocument) => this.#close(d))));
    for (const document of vscode.workspace.textDocuments) this.#open(document);
  }

  /** Settles when the first scan of the workspace has been read. */
  get ready(): Promise<void> {
    return this.#disk.ready;
  }

  /** Every indexed file, parsed up to date. */
  files(): IndexedFile[] {
    const { maxFileSize } = this.settings.current;
    const out: IndexedFile[] = [];
    for (const [key, entry] of this.#entries) {
      const file = entry.file(this.#disk.get(key), maxFileSize);
      if (file) out.push(file);
    }
    return out;
  }

  get(uri: string): IndexedFile | undefined {
    return this.#entries.get(uri)?.file(this.#disk.get(uri), this.settings.current.maxFileSize);
  }

  locate(uri: string): IndexedFile | undefined {
    return this.get(uri);
  }

  /** Finds and reads every workspace file again. */
  rescan(): Promise<void> {
    return this.#disk.rescan(true);
  }

  #open(document: vscode.TextDocument): void {
    if (!isYamlDocument(document)) return;
    const key = document.uri.toString();
    const entry = this.#entries.get(key) ?? new Entry(document.uri);
    this.#entries.set(key, entry);
    entry.document = document;
    entry.invalidate();
    this.#fire([key], 'open');
  }

  #edit(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const entry = this.#entries.get(key);
    if (!entry?.document || event.contentChanges.length === 0) return;
    entry.document = event.document;
    this.#fire([key], 'edit');
  }

  #close(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.#entries.get(key);
    if (!entry?.document) return;
    entry.document = undefined;
    entry.invalidate();
    if (!this.#disk.get(key)) this.#entries.delete(key);
    this.#fire([key], 'close');
  }

  #onDisk(uris: vscode.Uri[]): void {
    const changed: string[] = [];
    for (const uri of uris) {
      const key = uri.toString();
      const entry = this.#entries.get(key);
      if (entry?.document) continue; // the open document wins
      if (!this.#disk.get(key)) {
        if (entry) this.#entries.delete(key);
      } else if (entry) entry.invalidate();
      else this.#entries.set(key, new Entry(uri));
      changed.push(key);
    }
    this.#fire(changed, 'disk');
  }

  #fire(uris: string[], reason: ChangeReason): void {
    if (uris.length > 0 && !this.isDisposed) this.#onDidChange.fire({ uris, reason });
  }
}
