// `files.exclude` entries with a sibling clause, `{"**/*.yaml": {"when": "$(basename).jsonnet"}}`:
// a file the glob matches is left out of the index only while a file of that name sits beside it,
// `$(basename)` being its own name without the extension, as VS Code's search and explorer decide
// it (src/vs/base/common/glob.ts `parseExpressionPattern`; the first `$(basename)` only, as its
// String.replace does). The sibling is looked at when the file is indexed or reported changed;
// creating or deleting only the sibling takes effect at the next index (Re-check Workspace).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapePath, glob } from 'tinyglobby';

export interface SiblingExclude {
  /** The `files.exclude` glob, relative to the workspace folder. */
  readonly glob: string;
  /** The sibling's name, `$(basename)` standing for the file's name without its extension. */
  readonly when: string;
}

/** A folder's entry names, read once per question (many files share a folder). */
export type SiblingNames = (dir: string) => ReadonlySet<string>;

export function readSiblingNames(): SiblingNames {
  const cache = new Map<string, ReadonlySet<string>>();
  return (dir) => {
    let names = cache.get(dir);
    if (!names) cache.set(dir, (names = new Set(safeReaddir(dir))));
    return names;
  };
}

/** Whether a file under `root` (an absolute path) is excluded by a sibling clause. */
export async function isExcludedBySibling(file: string, root: string, clauses: readonly SiblingExclude[], siblings: SiblingNames = readSiblingNames()): Promise<boolean> {
  const name = path.basename(file);
  const stem = name.slice(0, name.length - path.extname(name).length);
  for (const clause of clauses) {
    if (!siblings(path.dirname(file)).has(clause.when.replace('$(basename)', () => stem))) continue;
    if (await matchesGlob(path.relative(root, file), root, clause.glob)) return true;
  }
  return false;
}

/** `files` under `root` without those a sibling clause excludes. */
export async function withoutSiblingExcluded(files: readonly string[], root: string, clauses: readonly SiblingExclude[]): Promise<string[]> {
  if (clauses.length === 0) return [...files];
  const siblings = readSiblingNames();
  const excluded = await Promise.all(files.map((file) => isExcludedBySibling(file, root, clauses, siblings)));
  return files.filter((_, i) => !excluded[i]);
}

/** The existing file `relative` matches `pattern` when a glob for the file alone, ignoring `pattern`, finds nothing. */
async function matchesGlob(relative: string, root: string, pattern: string): Promise<boolean> {
  const found = await glob([escapePath(relative)], { cwd: root, ignore: [pattern], dot: true, onlyFiles: true });
  return found.length === 0;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
