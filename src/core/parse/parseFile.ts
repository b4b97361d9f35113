// Parses a whole file as a stream of documents, re-using the parse of every document whose text
// did not change since the previous version (see DocumentCache in the VS Code adapter and the
// incremental benchmark): an edit re-parses one document, not the file.
import { formatSize } from '../text/formatSize';
import { t } from '../l10n/messages';
import { parseChunk, type ParsedChunk } from './parseChunk';
import { splitDocuments } from './splitDocuments';

export interface FileDocument {
  /** 0-based index of the document in the stream, as `parseAllDocuments` counts them. */
  readonly index: number;
  /** Offset of the document's text in the file; every range inside `chunk` is relative to it. */
  readonly offset: number;
  readonly length: number;
  readonly chunk: ParsedChunk;
}

export interface ParsedFile {
  readonly text: string;
  readonly documents: readonly FileDocument[];
  /** Some document holds Helm/Go template syntax: the file is a chart template and is not checked. */
  readonly helm: boolean;
  /** Set when the file was not parsed at all (too large): says why. */
  readonly skipped?: string;
}

export interface ParseFileOptions {
  /** Files larger than this (in characters) are not parsed; the result says so. */
  readonly maxFileSize?: number;
  /** Chunks parsed for the previous version of this file, keyed by their text. Updated in place. */
  readonly cache?: Map<string, ParsedChunk>;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Why a file was not checked; also used by the editor for files too large to read at all. */
export function describeTooLarge(size: number, maxSize: number): string {
  // formatSize, as the CLI says it: a limit of 10 bytes must not read as "0.0 MB".
  return t('engine.fileTooLarge', formatSize(size), formatSize(maxSize));
}

/**
 * go-yaml (reader.go, `is_break`) and VS Code end a line at a lone CR too; `yaml` only at LF and
 * CRLF. A lone CR becomes an LF for splitting and parsing: one character for one, so every offset
 * stays valid in the file's own text.
 */
function toLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export function parseFile(text: string, options: ParseFileOptions = {}): ParsedFile {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > maxSize) return { text, documents: [], helm: false, skipped: describeTooLarge(text.length, maxSize) };
  return { text, ...parseDocuments(toLineFeeds(text), options.cache) };
}

function parseDocuments(text: string, previous: Map<string, ParsedChunk> | undefined): Pick<ParsedFile, 'documents' | 'helm'> {
  const next = new Map<string, ParsedChunk>();
  const documents: FileDocument[] = [];
  let helm = false;
  for (const { start, end } of splitDocuments(text)) {
    const source = text.slice(start, end);
    const chunk = next.get(source) ?? previous?.get(source) ?? parseChunk(source);
    next.set(source, chunk);
    helm ||= chunk.helm;
    if (chunk.noDocument) continue;
    documents.push({ index: documents.length, offset: start, length: end - start, chunk });
  }
  if (previous) {
    previous.clear();
    for (const [key, value] of next) previous.set(key, value);
  }
  return { documents, helm };
}
