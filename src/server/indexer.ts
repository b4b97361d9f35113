// Indexes the workspace's YAML files into the compact index. A scan reads the files in a worker
// thread (indexWorker.ts) a batch at a time, two batches in flight, and keeps only the summaries it
// sends back, so the parse garbage never grows the server's heap and requests (hover, completion,
// `$/cancelRequest`) are answered at once meanwhile. When the worker fails, the scan goes on in
// the server itself, in slices of about SLICE_MS with a turn of the event loop between them: each
// file read, parsed once, summarised, handed to `onIndexed` (which may check it while its parse is
// at hand) and dropped. Stops at `maxIndexedFiles`, and when the token is cancelled (the client's
// cancel button on the progress, or a newer scan).
import { pathToFileURL } from 'node:url';
import { escapePath, glob } from 'tinyglobby';
import type { CancellationToken } from 'vscode-languageserver/node';
import { t } from '../core/index';
import { lazyLines } from './convert';
import { readAndParse, type SummariesOnDisk } from './diskFiles';
import type { IndexWorkerPool } from './indexWorkerPool';
import type { ServerSettings } from './settings';
import { isExcludedBySibling, withoutSiblingExcluded } from './siblingExcludes';
import { resourcesOf, summaryOf, type ServerFile, type Workspace } from './workspace';

/** Long enough to index a few files, short enough that a hover waits at most about this long. */
export const SLICE_MS = 4;

export interface IndexRun {
  readonly token: CancellationToken;
  /** Called after each slice with the count of files indexed so far. */
  onProgress(done: number): void;
  /** A file just indexed in the server, with its parse (dropped after this call). */
  onIndexed(file: ServerFile): void;
  /** A file just indexed by the worker: only its summaries' kinds are at hand. */
  onSummarised(uri: string, kinds: readonly string[]): void;
  /** A line for the server's log (the worker failed and the scan goes on without it). */
  log(message: string): void;
}

/** Files per request to the worker: large enough that messages cost little, small enough to cancel soon. */
const BATCH_FILES = 16;

/** The YAML files under the roots that the settings include and do not exclude, sorted, as file paths. */
export async function findYamlFiles(roots: readonly string[], settings: ServerSettings): Promise<string[]> {
  if (settings.include.length === 0) return [];
  const found = await Promise.all(
    roots.map(async (cwd) => {
      const files = await glob([...settings.include], { cwd, ignore: [...settings.exclude], absolute: true, dot: true, onlyFiles: true });
      return withoutSiblingExcluded(files, cwd, settings.excludeWhen);
    }),
  );
  return [...new Set(found.flat())].sort();
}

/**
 * Whether a file a watcher reported is one to index: under a root and not excluded (the client's
 * watcher was registered with the include globs; clients that cannot register one send every
 * change, so the YAML extensions are checked too).
 */
export async function isInScope(path: string, roots: readonly string[], settings: ServerSettings): Promise<boolean> {
  if (!/\.ya?ml$/i.test(path)) return false;
  for (const cwd of roots) {
    if (!path.startsWith(cwd + '/')) continue;
    const found = await glob([escapePath(path.slice(cwd.length + 1))], { cwd, ignore: [...settings.exclude], dot: true, onlyFiles: true });
    if (found.length > 0) return !(await isExcludedBySibling(path, cwd, settings.excludeWhen));
  }
  return false;
}

/** Reads, parses and summarises one file into the index; undefined when it cannot be read. */
export function indexFile(workspace: Workspace, path: string, maxFileSize: number): ServerFile | undefined {
  const read = readAndParse(path, maxFileSize);
  if (read === 'gone') workspace.closed.delete(pathToFileURL(path).href);
  if (typeof read === 'string') return undefined;
  const file: ServerFile = { uri: read.uri, parsed: read.parsed, lines: lazyLines(read.text), version: undefined };
  workspace.closed.set(file.uri, resourcesOf(file).map(summaryOf));
  return file;
}

/** Indexes `paths`, in the worker when there is one; 'cancelled' when the token stopped it. */
export async function indexFiles(workspace: Workspace, paths: readonly string[], maxFileSize: number, run: IndexRun, pool?: IndexWorkerPool): Promise<'done' | 'cancelled'> {
  let from = 0;
  if (pool) {
    const inWorker = await indexInWorker(workspace, paths, maxFileSize, run, pool);
    if (!('failed' in inWorker)) return inWorker.result;
    run.log(t('server.index.workerFailed', inWorker.failed.message, paths.length - inWorker.next));
    from = inWorker.next;
  }
  return indexInProcess(workspace, paths.slice(from), from, maxFileSize, run);
}

type WorkerOutcome = { readonly result: 'done' | 'cancelled' } | { readonly failed: Error; readonly next: number };

interface Batch {
  readonly from: number;
  readonly to: number;
  /** The index's generation when the batch was sent: a file read again since then is newer than the worker's read. */
  readonly since: number;
  readonly reply: Promise<readonly SummariesOnDisk[]>;
}

async function indexInWorker(workspace: Workspace, paths: readonly string[], maxFileSize: number, run: IndexRun, pool: IndexWorkerPool): Promise<WorkerOutcome> {
  const send = (from: number): Batch | undefined => {
    if (from >= paths.length || run.token.isCancellationRequested) return undefined;
    const to = Math.min(paths.length, from + BATCH_FILES);
    const reply = pool.summarise(paths.slice(from, to), maxFileSize);
    reply.catch(() => undefined); // awaited below, unless the scan stops first
    return { from, to, since: workspace.closed.generation, reply };
  };
  let batch = send(0);
  try {
    while (batch) {
      const following = send(batch.to);
      const files = await batch.reply.catch((error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)) }));
      if ('error' in files) return { failed: files.error, next: batch.from };
      if (run.token.isCancellationRequested) break;
      for (const read of files) applySummaries(workspace, read, batch.since, run);
      run.onProgress(batch.to);
      batch = following;
    }
  } finally {
    pool.close();
  }
  return { result: run.token.isCancellationRequested ? 'cancelled' : 'done' };
}

function applySummaries(workspace: Workspace, read: SummariesOnDisk, since: number, run: IndexRun): void {
  const indexed = workspace.closed.get(read.uri);
  if (indexed && indexed.generation > since) return; // changed on disk and read again while the worker read it
  if (read.state === 'gone') workspace.closed.delete(read.uri);
  if (read.state !== 'read') return;
  workspace.closed.set(read.uri, read.summaries);
  run.onSummarised(read.uri, read.summaries.map((summary) => summary.kind));
}

/** Indexes `paths` in the server itself, in slices; progress counts from `done`. */
async function indexInProcess(workspace: Workspace, paths: readonly string[], done: number, maxFileSize: number, run: IndexRun): Promise<'done' | 'cancelled'> {
  let next = 0;
  while (next < paths.length) {
    if (run.token.isCancellationRequested) return 'cancelled';
    const until = performance.now() + SLICE_MS;
    do {
      const file = indexFile(workspace, paths[next++], maxFileSize);
      if (file) run.onIndexed(file);
    } while (next < paths.length && performance.now() < until);
    run.onProgress(done + next);
    await yieldToEventLoop();
  }
  return run.token.isCancellationRequested ? 'cancelled' : 'done';
}

/** Lets pending messages (requests, cancellations, edits) be handled before the next slice. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
