// What reading a baseline out of git says and hears, shared by the CLI's synchronous reader
// (src/cli/git.ts) and the editor's asynchronous one (gitReader.ts): the YAML names of
// `git ls-tree -r -z --name-only`, the request and the answers of ONE `git cat-file --batch` for
// all of them (docs/change-model.md §6), and git's reason when it fails. No process is started here.

const YAML_NAME = /\.ya?ml$/;

/** The arguments that list a commit's files, NUL-separated. */
export const lsTreeArgs = (commit: string): string[] => ['ls-tree', '-r', '-z', '--name-only', commit];

/** The arguments that verify a ref and give its commit (empty output and exit 1 when it names none). */
export const revParseArgs = (ref: string): string[] => ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`];

/** A ref that starts with `-` would be read as an option; an empty one names nothing. */
export function isUsableRef(ref: string): boolean {
  return ref !== '' && !ref.startsWith('-');
}

/** The YAML files among `git ls-tree -z` output. A name with a newline cannot be asked for on a --batch line: left out. */
export function yamlNamesOf(lsTreeOutput: Buffer): string[] {
  return lsTreeOutput.toString('utf8').split('\0').filter((name) => YAML_NAME.test(name) && !name.includes('\n'));
}

/** What `git cat-file --batch` is fed: one `COMMIT:path` line per file. */
export function batchRequest(commit: string, paths: readonly string[]): string {
  return paths.map((p) => `${commit}:${p}\n`).join('');
}

/** The answers of `git cat-file --batch`: each `<oid> <type> <size>\n<size bytes>\n`, or `<name> missing\n`. */
export function parseBatchOutput(output: Buffer, paths: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let at = 0;
  for (const path of paths) {
    const lineEnd = output.indexOf(0x0a, at);
    if (lineEnd === -1) break;
    const header = output.subarray(at, lineEnd).toString('utf8').split(' ');
    at = lineEnd + 1;
    if (header[1] === 'missing' || header.length !== 3) continue;
    const size = Number(header[2]);
    if (header[1] === 'blob') out.set(path, output.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}

/** What git said on stderr (its first line), or that git is missing, or `fallback`. */
export function gitFailureReason(error: unknown, fallback: string): string {
  const stderr = (error as { stderr?: Buffer | string }).stderr?.toString().trim();
  if (stderr) return stderr.split('\n')[0];
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : fallback;
}
