// Expands the CLI's PATH|GLOB arguments into the YAML files to check, and reads them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { t } from '../core/l10n/messages';
import { decodeManifestBytes } from '../core/parse/decodeManifestBytes';

export const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**'];
const YAML_FILES = '**/*.{yaml,yml}';

export class UsageError extends Error {}

export interface InputFile {
  /** How the file is shown in output: relative to the working directory when inside it. */
  readonly name: string;
  readonly absolute: string;
}

function display(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute;
}

/** Files named by the arguments: files as given, directories searched for *.yaml / *.yml, globs expanded. */
export function expandInputs(args: readonly string[], cwd: string): InputFile[] {
  const found = new Set<string>();
  for (const arg of args.length > 0 ? args : ['.']) {
    if (arg === '-') {
      found.add('-');
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    if (fs.existsSync(absolute)) {
      const stat = fs.statSync(absolute);
      if (stat.isDirectory()) {
        for (const file of globSync(YAML_FILES, { cwd: absolute, absolute: true, ignore: DEFAULT_IGNORE, dot: false })) found.add(path.resolve(file));
      } else found.add(absolute);
      continue;
    }
    if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, ignore: DEFAULT_IGNORE });
      if (matches.length === 0) throw new UsageError(t('cli.error.noMatch', arg));
      for (const file of matches) found.add(path.resolve(file));
      continue;
    }
    throw new UsageError(t('cli.error.noSuchFile', arg));
  }
  return [...found].sort().map((absolute) => ({ absolute, name: absolute === '-' ? '<stdin>' : display(absolute, cwd) }));
}

export function readInput(file: InputFile): string {
  try {
    return decodeManifestBytes(fs.readFileSync(file.absolute === '-' ? 0 : file.absolute));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(t('cli.error.cannotRead', file.name, reason));
  }
}
