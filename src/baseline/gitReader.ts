// Reads a baseline out of git without blocking: every git command runs as a child process with an
// argument list (execFile, never a shell: a ref or a path is never interpreted) and is awaited, so
// the extension host — or a language server — keeps answering while git works. The same requests
// and parsing as the CLI's synchronous reader (gitBatch.ts): the files of a commit are read in ONE
// `git cat-file --batch` (docs/change-model.md §6). Failures are data (`GitProblem`), never thrown.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { batchRequest, gitFailureReason, isUsableRef, lsTreeArgs, parseBatchOutput, revParseArgs, yamlNamesOf } from './gitBatch';

const MAX_OUTPUT = 1024 ** 3;

/** Why there is no baseline: not a repository, no git, an unknown ref, a failed read. */
export interface GitProblem {
  readonly problem: string;
}

export interface Repository {
  /** The working tree's top directory. */
  readonly top: string;
  /** Where this working tree's HEAD is (`.git`, or `.git/worktrees/NAME` for a linked worktree). */
  readonly gitDir: string;
  /** Where the refs and `packed-refs` are (the same as gitDir outside linked worktrees). */
  readonly commonDir: string;
}

/** Runs git in `cwd` and resolves with its stdout; rejects with the error (stderr attached). */
export async function runGit(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  // A missing cwd fails the spawn with ENOENT, which would read as "git is not installed".
  const isDirectory = await fs.stat(cwd).then((stat) => stat.isDirectory(), () => false);
  if (!isDirectory) throw Object.assign(new Error(`${cwd} is not a directory`), { stderr: `${cwd} is not a directory (any more)` });
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
    child.stdin?.on('error', () => undefined); // git may exit before reading all input: the callback reports it
    child.stdin?.end(input ?? '');
  });
}

/** The repository `dir` is in (`git rev-parse --show-toplevel --absolute-git-dir --git-common-dir`). */
export async function findRepository(dir: string): Promise<Repository | GitProblem> {
  try {
    const out = (await runGit(dir, ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-common-dir'])).toString('utf8');
    const [top, gitDir, commonDir] = out.split('\n');
    if (!top || !gitDir || !commonDir) return { problem: `${dir} is not in a git working tree` };
    return { top, gitDir, commonDir: path.resolve(dir, commonDir) };
  } catch (error) {
    return { problem: gitFailureReason(error, 'git rev-parse failed') };
  }
}

/** The commit `ref` names now. */
export async function resolveCommit(top: string, ref: string): Promise<string | GitProblem> {
  if (!isUsableRef(ref)) return { problem: `${JSON.stringify(ref)} is not a ref` };
  try {
    const commit = (await runGit(top, revParseArgs(ref))).toString('utf8').trim();
    return commit === '' ? { problem: `unknown revision ${ref}` } : commit;
  } catch (error) {
    return { problem: gitFailureReason(error, `unknown revision or not a commit: ${ref}`) };
  }
}

/** Every YAML file of `commit`, by repository-relative path: one ls-tree and one cat-file --batch. */
export async function readYamlFiles(top: string, commit: string): Promise<Map<string, Buffer> | GitProblem> {
  try {
    const names = yamlNamesOf(await runGit(top, lsTreeArgs(commit)));
    if (names.length === 0) return new Map();
    return parseBatchOutput(await runGit(top, ['cat-file', '--batch'], batchRequest(commit, names)), names);
  } catch (error) {
    return { problem: gitFailureReason(error, `reading ${commit} failed`) };
  }
}

export function isProblem<T>(result: T | GitProblem): result is GitProblem {
  return typeof result === 'object' && result !== null && 'problem' in result;
}
