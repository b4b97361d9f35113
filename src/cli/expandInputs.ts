// Expands the CLI's PATH|GLOB arguments into the YAML files to check. One policy for every problem
// (a missing path, a glob that matches nothing, a broken symbolic link, an unreadable directory):
// it is reported and the other inputs are still checked; the run then exits 2. Each file is
// checked once, however many paths lead to it, and a symbolic link back to a parent directory is
// not followed round in circles (both by real path).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { t } from '../core/index';
import { isSymlink, systemReason, type InputFile } from './files';

const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**'];
const YAML_NAME = /\.ya?ml$/;
const STDIN: InputFile = { name: '<stdin>', absolute: '-' };

export interface Inputs {
  /** Sorted by path; `-` (standard input) first. */
  readonly files: readonly InputFile[];
  /** One message per input that could not be used. */
  readonly problems: readonly string[];
}

/** Files named by the arguments: files as given, directories searched for *.yaml / *.yml, globs expanded. */
export function expandInputs(args: readonly string[], cwd: string): Inputs {
  const found = new FoundFiles(cwd);
  const problems: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    if (arg === '-') {
      found.add('-');
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    if (isDirectory(absolute)) searchDirectory(absolute, found, problems);
    else if (fs.existsSync(absolute) || isSymlink(absolute)) found.add(absolute); // the reader says what is wrong with it
    else if (isDynamicPattern(arg)) expandGlob(arg, cwd, found, problems);
    else problems.push(t('cli.error.noSuchFile', arg));
  }
  return { files: found.sorted(), problems };
}

function expandGlob(pattern: string, cwd: string, found: FoundFiles, problems: string[]): void {
  const matches = globSync(pattern, { cwd, absolute: true, ignore: DEFAULT_IGNORE });
  if (matches.length === 0) problems.push(t('cli.error.noMatch', pattern));
  for (const file of matches) found.add(path.resolve(file));
}

/**
 * Every *.yaml / *.yml below `root`, skipping hidden entries and node_modules, following symbolic
 * links into directories not searched yet. A YAML name that is not a regular file (a FIFO, a
 * broken link) is kept, so that reading it reports it.
 */
function searchDirectory(root: string, found: FoundFiles, problems: string[]): void {
  const pending = [root];
  const searched = new Set<string>();
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const real = realPath(dir);
    if (searched.has(real)) continue;
    searched.add(real);
    for (const name of readDirectory(dir, found, problems)) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const entry = path.join(dir, name);
      if (isDirectory(entry)) pending.push(entry);
      else if (YAML_NAME.test(name)) found.add(entry);
    }
  }
}

function readDirectory(dir: string, found: FoundFiles, problems: string[]): string[] {
  try {
    return fs.readdirSync(dir).sort().reverse(); // reversed: the stack then visits them in order
  } catch (error) {
    problems.push(t('cli.error.cannotRead', found.display(dir), systemReason(error)));
    return [];
  }
}

function isDirectory(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** The path with every symbolic link resolved; the path itself when it cannot be (a broken link). */
export function realPath(absolute: string): string {
  try {
    return fs.realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/** The files found so far, one per real path: the first path found for a file is the one shown. */
class FoundFiles {
  readonly #byRealPath = new Map<string, string>();

  constructor(readonly cwd: string) {}

  add(absolute: string): void {
    const real = absolute === '-' ? '-' : realPath(absolute);
    if (!this.#byRealPath.has(real)) this.#byRealPath.set(real, absolute);
  }

  /** Relative to the working directory when inside it, else absolute. */
  display(absolute: string): string {
    const relative = path.relative(this.cwd, absolute);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute;
  }

  sorted(): InputFile[] {
    return [...this.#byRealPath.values()].sort().map((absolute) => (absolute === '-' ? STDIN : { absolute, name: this.display(absolute) }));
  }
}
