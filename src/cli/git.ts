// Reads a baseline out of git, without a shell (execFileSync with an argument list: a ref or a path
// is never interpreted): the repository, the commit of a ref, the YAML files at it, and their
// contents in ONE `git cat-file --batch` process per ref (docs/change-model.md §6).
import { execFileSync } from 'node:child_process';
import { batchRequest, gitFailureReason as reasonOf, isUsableRef, lsTreeArgs, parseBatchOutput, revParseArgs, yamlNamesOf } from '../baseline/gitBatch';
import { t } from '../core/index';
import { UsageError } from './errors';

/** Not a repository, no git, or an unknown ref: exit 2 with this message. */
export class GitError extends UsageError {}

const MAX_OUTPUT = 1024 ** 3;

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** A git command on a verified commit; a failure now (a damaged repository) is still exit 2, not a crash. */
function gitOrFail(repo: string, commit: string, args: readonly string[], input?: string): Buffer {
  try {
    return git(repo, args, input);
  } catch (error) {
    throw new GitError(t('change.cli.badRef', commit, reasonOf(error, `git ${args[0]} failed`)));
  }
}

/** The top directory of the repository `dir` is in (`git rev-parse --show-toplevel`). */
export function repositoryOf(dir: string): string {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch (error) {
    throw new GitError(t('change.cli.notRepository', dir, reasonOf(error, 'git rev-parse failed')));
  }
}

/** The commit `ref` names (`git rev-parse --verify REF^{commit}`). */
export function resolveCommit(repo: string, ref: string): string {
  if (!isUsableRef(ref)) throw new GitError(t('change.cli.badRef', ref, 'not a ref'));
  try {
    return git(repo, revParseArgs(ref)).toString('utf8').trim();
  } catch (error) {
    throw new GitError(t('change.cli.badRef', ref, reasonOf(error, 'unknown revision or not a commit')));
  }
}

/** The YAML files of a commit, repository-relative (`git ls-tree -r -z --name-only`). */
export function listYamlFiles(repo: string, commit: string): string[] {
  return yamlNamesOf(gitOrFail(repo, commit, lsTreeArgs(commit)));
}

/** The contents of `paths` at `commit`, from one `git cat-file --batch` (gitBatch.ts). */
export function readFilesAt(repo: string, commit: string, paths: readonly string[]): Map<string, Buffer> {
  if (paths.length === 0) return new Map();
  return parseBatchOutput(gitOrFail(repo, commit, ['cat-file', '--batch'], batchRequest(commit, paths)), paths);
}
