// Closed files read again on demand (issue #12, "re-parse a closed file on demand"): their text and
// lines for positions, a single document re-parsed for a cross-file look-up, or the whole file for
// its own check or outline. Everything is cached in small LRU maps keyed by the file's generation,
// so a file that changed on disk (a new generation) is never answered from an older read.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectResources, decodeManifestBytes, parseFile, type ParsedFile, type Resource } from '../core/index';
import { lazyLines, type Lines } from './convert';
import type { ClosedFile, SummaryRef } from './closedIndex';
import { Lru } from './lru';

/** A closed file's text, as read for its current generation. */
export interface ClosedText {
  readonly generation: number;
  readonly text: string;
  readonly lines: Lines;
}

const TEXTS = 64;
const DOCUMENTS = 256;

/** The text of a file: uri to path, bytes decoded as the editor and the CLI decode them. */
export function readText(uri: string): string | undefined {
  try {
    return decodeManifestBytes(fs.readFileSync(fileURLToPath(uri)));
  } catch {
    return undefined; // gone or unreadable since it was indexed: nothing to answer from
  }
}

export class ClosedFiles {
  readonly #texts = new Lru<string, ClosedText>(TEXTS);
  readonly #documents = new Lru<string, readonly Resource[]>(DOCUMENTS);

  /** Forgets every read (after a pass over the closed files, whose reads no request will ask for again). */
  clear(): void {
    this.#texts.clear();
    this.#documents.clear();
  }

  text(file: ClosedFile): ClosedText | undefined {
    const cached = this.#texts.get(file.uri);
    if (cached?.generation === file.generation) return cached;
    const text = readText(file.uri);
    return text === undefined ? undefined : this.#texts.set(file.uri, { generation: file.generation, text, lines: lazyLines(text) });
  }

  /** The whole file parsed, for its own check or outline (not cached: the caller drops it). */
  parse(file: ClosedFile, maxFileSize: number): ParsedFile | undefined {
    const text = this.text(file)?.text;
    return text === undefined ? undefined : parseFile(text, { maxFileSize });
  }

  /** The resources of the referenced documents, each document re-parsed alone. */
  resources(file: ClosedFile, refs: readonly SummaryRef[]): Resource[] {
    return refs.flatMap((ref) => {
      const key = `${file.uri}\0${file.generation}\0${ref.summary.document.index}`;
      const cached = this.#documents.get(key);
      if (cached) return cached;
      return this.#documents.set(key, this.#parseDocument(file, ref));
    });
  }

  #parseDocument(file: ClosedFile, { summary }: SummaryRef): readonly Resource[] {
    const text = this.text(file)?.text;
    if (text === undefined) return [];
    const { index, offset, length } = summary.document;
    const parsed = parseFile(text.slice(offset, offset + length), { maxFileSize: Infinity });
    const documents = parsed.documents.slice(0, 1).map((doc) => ({ ...doc, index, offset: doc.offset + offset }));
    return collectResources([{ uri: file.uri, parsed: { text, documents, helm: false } }]);
  }
}
