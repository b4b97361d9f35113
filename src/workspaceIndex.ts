// The one index of parsed YAML files: every open YAML document plus the workspace's YAML files
// (statefulsetStudio.include/exclude), kept current on open/change/close and through a file
// watcher. Each file keeps one chunk cache, so an edit re-parses only the edited YAML document.
// Open documents win over disk content. Parsing is lazy: `files()` parses what changed since.
import * as vscode from 'vscode';
import { LineIndex, parseFile, type ParsedChunk, type ParsedFile, type SourceFile } from './core/index';
import type { FileLocator, PositionSource } from './convert';
import { DiskFiles, type DiskContent } from './diskFiles';
import type { SettingsStore } from './settings';
import { Disposable, guard, type ErrorLog } from './util/dispose';

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
