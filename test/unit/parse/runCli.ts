// The built CLI (dist/cli.js, built before the tests) as users run it, in English whatever the locale.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

export function runCli(args: readonly string[], cwd?: string) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}
