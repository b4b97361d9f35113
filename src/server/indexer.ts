// Indexes the workspace's YAML files into the compact index, in slices of about SLICE_MS; between
// slices the messages waiting go first (turns.ts), so requests (hover, completion,
// `$/cancelRequest`) are answered while it runs. Each file is read, parsed once and summarised in
// one piece of work, handed to `onIndexed` (which may check it while its parse is at hand) in
// another, and dropped: a slice ends between the two when its time is up, so a hover waits for one
// of them, not both. Stops at `maxIndexedFiles`, and when the token is cancelled (the client's
// cancel button on the progress, or a newer scan).
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { escapePath, glob } from 'tinyglobby';
import type { CancellationToken } from 'vscode-languageserver/node';
import { describeTooLarge, parseFile, type ParsedFile } from '../core/index';
import { lazyLines } from './convert';
import type { ServerSettings } from './settings';
import { readText } from './closedFiles';
import { isExcludedBySibling, withoutSiblingExcluded } from './siblingExcludes';
import { yieldToPendingWork } from './turns';
import { resourcesOf, summaryOf, type ServerFile, type Workspace } from './workspace';

/** Long enough to index a few files, short enough that a hover waits at most about this long. */
export const SLICE_MS = 4;

export interface IndexRun {
  readonly token: CancellationToken;
  /** Called after each slice with the count of files indexed so far. */
  onProgress(done: number): void;
  /** A file just indexed, with its parse (dropped after this call). */
  onIndexed(file: ServerFile): void;
}

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
  const uri = pathToFileURL(path).href;
  let size: number;
  try {
    size = fs.statSync(path).size;
  } catch {
    workspace.closed.delete(uri);
    return undefined;
  }
  // Too large to read: one notice, as the editor gives, without reading it.
  const text = size > maxFileSize ? '' : readText(uri);
  if (text === undefined) return undefined;
  const parsed: ParsedFile = size > maxFileSize ? { text, documents: [], helm: false, skipped: describeTooLarge(size, maxFileSize) } : parseFile(text, { maxFileSize });
  const file: ServerFile = { uri, parsed, lines: lazyLines(text), version: undefined };
  workspace.closed.set(uri, resourcesOf(file).map(summaryOf));
  return file;
}

/** Indexes `paths` in slices; 'cancelled' when the token stopped it. */
export async function indexFiles(workspace: Workspace, paths: readonly string[], maxFileSize: number, run: IndexRun): Promise<'done' | 'cancelled'> {
  let next = 0;
  /** Read and summarised, its own check not yet run: the slice ran out of time between the two. */
  let summarised: ServerFile | undefined;
  while (next < paths.length || summarised) {
    if (run.token.isCancellationRequested) return 'cancelled';
    const until = performance.now() + SLICE_MS;
    do {
      if (summarised) {
        run.onIndexed(summarised);
        summarised = undefined;
      } else {
        summarised = indexFile(workspace, paths[next++], maxFileSize);
      }
    } while ((next < paths.length || summarised) && performance.now() < until);
    run.onProgress(next);
    await yieldToPendingWork();
  }
  return run.token.isCancellationRequested ? 'cancelled' : 'done';
}
