// The server's view of the workspace: open documents, parsed in full and kept (their text is the
// editor's, not the disk's), and closed files, known by their summaries in the compact index and
// re-read on demand. Every request about some files gets a ResourceIndex made of the open files'
// resources and the few closed resources relevant to them (relevance.ts), re-parsed document by
// document: the core answers it as it answers the in-process extension.
import {
  collectResources,
  parseFile,
  ResourceIndex,
  summarizeResource,
  type ParsedChunk,
  type ParsedFile,
  type Resource,
  type ResourceSummary,
  type SourceFile,
} from '../core/index';
import { ClosedIndex, type SummaryRef } from './closedIndex';
import { ClosedFiles } from './closedFiles';
import { lazyLines, type Lines } from './convert';
import { relevantRefs } from './relevance';

export interface ServerFile extends SourceFile {
  readonly lines: Lines;
  /** The open document's version; undefined for a closed file read from disk. */
  readonly version: number | undefined;
}

interface OpenEntry {
  version: number;
  text: string;
  readonly cache: Map<string, ParsedChunk>;
  file?: ServerFile;
  maxFileSize?: number;
}

const resourcesByParse = new WeakMap<ParsedFile, Resource[]>();
const summaries = new WeakMap<Resource, ResourceSummary>();

/** A resource's summary, computed once per parse. */
export function summaryOf(resource: Resource): ResourceSummary {
  let summary = summaries.get(resource);
  if (!summary) summaries.set(resource, (summary = summarizeResource(resource)));
  return summary;
}

/** The resources of one parse, read once. */
export function resourcesOf(file: SourceFile): Resource[] {
  let resources = resourcesByParse.get(file.parsed);
  if (!resources) resourcesByParse.set(file.parsed, (resources = collectResources([file])));
  return resources;
}

export class Workspace {
  readonly closed = new ClosedIndex();
  readonly #reader = new ClosedFiles();
  readonly #open = new Map<string, OpenEntry>();

  constructor(private readonly maxFileSize: () => number) {}

  setOpen(uri: string, version: number, text: string): void {
    const entry = this.#open.get(uri);
    if (entry) Object.assign(entry, { version, text, file: undefined });
    else this.#open.set(uri, { version, text, cache: new Map() });
  }

  close(uri: string): void {
    this.#open.delete(uri);
  }

  isOpen(uri: string): boolean {
    return this.#open.has(uri);
  }

  /** The open document parsed at its current version (re-using the parse of unchanged YAML documents). */
  openFile(uri: string): ServerFile | undefined {
    const entry = this.#open.get(uri);
    if (!entry) return undefined;
    const maxFileSize = this.maxFileSize();
    if (entry.file && entry.maxFileSize === maxFileSize) return entry.file;
    const parsed = parseFile(entry.text, { cache: entry.cache, maxFileSize });
    entry.maxFileSize = maxFileSize;
    return (entry.file = { uri, parsed, lines: lazyLines(entry.text), version: entry.version });
  }

  openFiles(): ServerFile[] {
    return [...this.#open.keys()].flatMap((uri) => this.openFile(uri) ?? []);
  }

  /** An open document, or a closed file of the index parsed from disk now. */
  file(uri: string): ServerFile | undefined {
    const open = this.openFile(uri);
    if (open) return open;
    const closed = this.closed.get(uri);
    const text = closed && this.#reader.text(closed);
    const parsed = closed && this.#reader.parse(closed, this.maxFileSize());
    return text && parsed ? { uri, parsed, lines: text.lines, version: undefined } : undefined;
  }

  /** Drops what was read of closed files: a pass over all of them leaves the last few hundred otherwise. */
  forgetClosedReads(): void {
    this.#reader.clear();
  }

  /** Lines of any file the server knows, to turn offsets into positions. */
  linesOf = (uri: string): Lines | undefined => {
    const open = this.openFile(uri);
    if (open) return open.lines;
    const closed = this.closed.get(uri);
    return closed && this.#reader.text(closed)?.lines;
  };

  /** A file's text only, for fixes that edit it (SourceFile.parsed holds no documents). */
  textFile(uri: string): SourceFile | undefined {
    const open = this.openFile(uri);
    if (open) return open;
    const closed = this.closed.get(uri);
    const text = closed && this.#reader.text(closed)?.text;
    return text === undefined ? undefined : { uri, parsed: { text, documents: [], helm: false } };
  }

  /**
   * What the core checks `files` against: every open file's resources, `files`' own, and the closed
   * resources relevant to them. `withClosed` false leaves closed files out (the index is not complete).
   */
  resourceIndexFor(files: readonly ServerFile[], withClosed = true): ResourceIndex {
    const own = new Set(files.map((file) => file.uri));
    const resources = [...this.openFiles().filter((f) => !own.has(f.uri)), ...files].flatMap(resourcesOf);
    if (!withClosed) return new ResourceIndex(resources);
    const refs = relevantRefs(resources.map(summaryOf), this.closed).filter((ref) => !own.has(ref.uri) && !this.isOpen(ref.uri));
    return new ResourceIndex([...resources, ...this.#materialise(refs)]);
  }

  #materialise(refs: readonly SummaryRef[]): Resource[] {
    const byUri = new Map<string, SummaryRef[]>();
    for (const ref of refs) byUri.set(ref.uri, [...(byUri.get(ref.uri) ?? []), ref]);
    return [...byUri].flatMap(([uri, list]) => {
      const file = this.closed.get(uri);
      return file ? this.#reader.resources(file, list.sort((a, b) => a.summary.document.index - b.summary.document.index)) : [];
    });
  }
}
