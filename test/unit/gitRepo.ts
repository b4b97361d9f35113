// Real git repositories for the tests, made in os.tmpdir() (tempDir): the CLI's `--baseline` and the
// editor's asynchronous baseline reader are tested against them. Commits never sign and never run
// hooks, whatever the machine's git configuration says.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './cliRun';

export function git(cwd: string, ...args: string[]): string {
  const config = ['user.name=t', 'user.email=t@t', 'init.defaultBranch=main', 'commit.gpgsign=false', 'core.hooksPath=/dev/null'].flatMap((c) => ['-c', c]);
  const result = spawnSync('git', [...config, ...args], { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A repository whose first commit holds `files`; the working tree is then left as `files`. */
export function repository(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'baseline');
  return dir;
}

export function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

/** Run from a git hook, GIT_DIR and friends would point every git command at the outer repository. */
export function forgetOuterRepository(): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('GIT_')) delete process.env[key];
}
