// Reads a baseline out of git, without a shell (execFileSync with an argument list: a ref or a path
// is never interpreted): the repository, the commit of a ref, the YAML files at it, and their
// contents in ONE `git cat-file --batch` process per ref (docs/change-model.md §6).
import { execFileSync } from 'node:child_process';
import { t } from '../core/index';
import { UsageError } from './errors';

/** Not a repository, no git, or an unknown ref: exit 2 with this message. */
export class GitError extends UsageError {}

const MAX_OUTPUT = 1024 ** 3;
const YAML_NAME = /\.ya?ml$/;

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: MAX_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** What git said on stderr (its first line), for the message. */
function reasonOf(error: unknown, fallback: string): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
  if (stderr) return stderr.split('\n')[0];
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : fallback;
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
  // A ref that starts with `-` would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw new GitError(t('change.cli.badRef', ref, 'not a ref'));
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
  } catch (error) {
    throw new GitError(t('change.cli.badRef', ref, reasonOf(error, 'unknown revision or not a commit')));
  }
}

/** The YAML files of a commit, repository-relative (`git ls-tree -r -z --name-only`). */
export function listYamlFiles(repo: string, commit: string): string[] {
  const names = gitOrFail(repo, commit, ['ls-tree', '-r', '-z', '--name-only', commit]).toString('utf8').split('\0');
  // A name with a newline cannot be asked for on a --batch line; such files are left out.
  return names.filter((name) => YAML_NAME.test(name) && !name.includes('\n'));
}

/**
 * The contents of `paths` at `commit`, from one `git cat-file --batch`: each answer is
 * `<oid> <type> <size>\n<size bytes>\n`, or `<name> missing\n`.
 */
export function readFilesAt(repo: string, commit: string, paths: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (paths.length === 0) return out;
  const output = gitOrFail(repo, commit, ['cat-file', '--batch'], paths.map((p) => `${commit}:${p}\n`).join(''));
  let at = 0;
  for (const path of paths) {
    const lineEnd = output.indexOf(0x0a, at);
    const header = output.subarray(at, lineEnd).toString('utf8').split(' ');
    at = lineEnd + 1;
    if (header[1] === 'missing' || header.length !== 3) continue;
    const size = Number(header[2]);
    if (header[1] === 'blob') out.set(path, output.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}
