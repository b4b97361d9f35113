// Reading a workspace file from disk for the index: its text decoded as the editor and the CLI
// decode it, parsed, and (for the index worker, indexWorker.ts) reduced to the summaries the
// compact index keeps. Imports the core only, so the worker's bundle carries no LSP code.
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectResources, decodeManifestBytes, describeTooLarge, parseFile, summarizeResource, type ParsedFile, type ResourceSummary } from '../core/index';

/** The text of a file: uri to path, bytes decoded as the editor and the CLI decode them. */
export function readText(uri: string): string | undefined {
  try {
    return decodeManifestBytes(fs.readFileSync(fileURLToPath(uri)));
  } catch {
    return undefined; // gone or unreadable since it was indexed: nothing to answer from
  }
}

export interface ParsedOnDisk {
  readonly uri: string;
  readonly text: string;
  readonly parsed: ParsedFile;
}

/** A file read and parsed; 'gone' when it no longer exists, 'unreadable' when it cannot be read. */
export function readAndParse(path: string, maxFileSize: number): ParsedOnDisk | 'gone' | 'unreadable' {
  const uri = pathToFileURL(path).href;
  let size: number;
  try {
    size = fs.statSync(path).size;
  } catch {
    return 'gone';
  }
  // Too large to read: one notice, as the editor gives, without reading it.
  if (size > maxFileSize) return { uri, text: '', parsed: { text: '', documents: [], helm: false, skipped: describeTooLarge(size, maxFileSize) } };
  const text = readText(uri);
  return text === undefined ? 'unreadable' : { uri, text, parsed: parseFile(text, { maxFileSize }) };
}

/** What the index worker sends back for one file: its summaries, or why it has none. */
export type SummariesOnDisk =
  | { readonly uri: string; readonly state: 'read'; readonly summaries: readonly ResourceSummary[] }
  | { readonly uri: string; readonly state: 'gone' | 'unreadable' };

/** A file's summaries, its parse dropped at once (in the worker, only these cross to the server). */
export function summariesOnDisk(path: string, maxFileSize: number): SummariesOnDisk {
  const read = readAndParse(path, maxFileSize);
  const uri = pathToFileURL(path).href;
  if (typeof read === 'string') return { uri, state: read };
  const resources = collectResources([{ uri: read.uri, parsed: read.parsed }]);
  return { uri, state: 'read', summaries: resources.map(summarizeResource) };
}
