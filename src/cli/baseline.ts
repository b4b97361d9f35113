// `--baseline REF`: the resources of every YAML file of the inputs' repository at REF, parsed as
// the working tree is, and indexed once (docs/change-model.md §1, §6). Files are named `REF:path`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BaselineIndex, collectResources, decodeManifestBytes, DEFAULT_MAX_FILE_SIZE, parseFile, type ParsedChunk, type Resource } from '../core/index';
import { realPath } from './expandInputs';
import { listYamlFiles, readFilesAt, repositoryOf, resolveCommit } from './git';

export interface GitBaseline {
  readonly ref: string;
  readonly repo: string;
  readonly index: BaselineIndex;
  /** Whether a baseline resource's file is among the inputs (so its absence means it was deleted). */
  readonly inScope: (resource: Resource) => boolean;
}

/** The directory whose repository is the baseline's: that of the first path given, else the working directory. */
function anchorDirectory(inputs: readonly string[], cwd: string): string {
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    if (input === '-' || !fs.existsSync(absolute)) continue;
    return fs.statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  }
  return cwd;
}

/** Baseline files that count as inputs: named as files, or under a directory given (`.` when none is). */
function scopeOf(inputs: readonly string[], cwd: string, repo: string, ref: string): (resource: Resource) => boolean {
  const roots = (inputs.length > 0 ? inputs : ['.']).filter((i) => i !== '-').map((i) => realPath(path.resolve(cwd, i)));
  const prefix = `${ref}:`;
  return (resource) => {
    const file = path.join(repo, resource.uri.slice(prefix.length));
    return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  };
}

export interface GitCommit {
  readonly ref: string;
  readonly repo: string;
  readonly commit: string;
}

/** The repository of the inputs and the commit of `ref`; GitError (exit 2) before any input is read. */
export function openGitBaseline(ref: string, inputs: readonly string[], cwd: string): GitCommit {
  const repo = repositoryOf(anchorDirectory(inputs, cwd));
  return { ref, repo, commit: resolveCommit(repo, ref) };
}

/**
 * Reads and indexes the baseline. `chunksOf(absolutePath)` gives the documents parsed for the
 * working-tree file of the same path, if any: a document unchanged since the commit is not parsed
 * again (parseFile's cache is keyed by a document's text), so the baseline costs only what changed.
 */
export function readGitBaseline(
  opened: GitCommit, inputs: readonly string[], cwd: string, maxFileSize = DEFAULT_MAX_FILE_SIZE,
  chunksOf: (absolute: string) => ReadonlyMap<string, ParsedChunk> | undefined = () => undefined,
): GitBaseline {
  const { ref, repo, commit } = opened;
  const contents = readFilesAt(repo, commit, listYamlFiles(repo, commit));
  const sources = [...contents]
    .filter(([, bytes]) => bytes.length <= maxFileSize)
    .map(([file, bytes]) => {
      const cache = new Map(chunksOf(path.join(repo, file)) ?? []);
      return { uri: `${ref}:${file}`, parsed: parseFile(decodeManifestBytes(bytes), { maxFileSize, cache }) };
    });
  return { ref, repo, index: new BaselineIndex(collectResources(sources)), inScope: scopeOf(inputs, cwd, repo, ref) };
}
