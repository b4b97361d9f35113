// Reads the CLI's input files without trusting them: only regular files (a FIFO named x.yaml would
// block forever, /dev/zero would fill the memory), and never more than the size limit, which is
// checked on the open file before reading (fstat on the descriptor, so the file cannot be swapped
// between the check and the read). `check` and `simulate` both read through readInput.
import * as fs from 'node:fs';
import { decodeManifestBytes, DEFAULT_MAX_FILE_SIZE, formatSize, t, type MessageKey } from '../core/index';
import { UsageError } from './errors';
import { pauseBriefly } from './output';

export { UsageError } from './errors';

export interface InputFile {
  /** How the file is shown in output: relative to the working directory when inside it. */
  readonly name: string;
  /** The absolute path, or `-` for standard input. */
  readonly absolute: string;
}

/** One input that cannot be read; the message says which and why. The run goes on without it. */
export class InputProblem extends UsageError {}

const CHUNK = 1024 * 1024;
// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; regular files ignore it.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** The text of `file` (UTF-8, or UTF-16 with a byte-order mark); throws InputProblem when it is not a regular file or is over `maxBytes`. */
export function readInput(file: InputFile, maxBytes = DEFAULT_MAX_FILE_SIZE): string {
  if (file.absolute === '-') return readStream(0, file.name, maxBytes);
  const fd = openInput(file);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new InputProblem(t('cli.error.notRegular', file.name, t(kindOf(stat))));
    if (stat.size > maxBytes) throw new InputProblem(t('cli.error.tooLarge', file.name, formatSize(stat.size), formatSize(maxBytes)));
    return readStream(fd, file.name, maxBytes);
  } finally {
    fs.closeSync(fd);
  }
}

function openInput(file: InputFile): number {
  try {
    return fs.openSync(file.absolute, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isSymlink(file.absolute)) throw new InputProblem(t('cli.error.brokenLink', file.name));
    if (code === 'ENOENT') throw new InputProblem(t('cli.error.noSuchFile', file.name));
    throw new InputProblem(t('cli.error.cannotRead', file.name, systemReason(error)));
  }
}

export function isSymlink(absolute: string): boolean {
  try {
    return fs.lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

/** `EACCES: permission denied` out of `EACCES: permission denied, open '/the/path'`. */
export function systemReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(', ')[0];
}

function kindOf(stat: fs.Stats): MessageKey {
  if (stat.isDirectory()) return 'cli.fileKind.directory';
  if (stat.isFIFO()) return 'cli.fileKind.fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'cli.fileKind.device';
  if (stat.isSocket()) return 'cli.fileKind.socket';
  return 'cli.fileKind.other';
}

/** Reads to the end, but stops as soon as more than `maxBytes` came (standard input has no size). */
function readStream(fd: number, name: string, maxBytes: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const read = readSome(fd, chunk, name);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new InputProblem(t('cli.error.tooLargeStream', name, formatSize(maxBytes)));
  }
  return decodeManifestBytes(Buffer.concat(chunks, total));
}

function readSome(fd: number, buffer: Buffer, name: string): number {
  for (;;) {
    try {
      return fs.readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0; // Windows reports the end of a pipe this way
      if (code !== 'EAGAIN') throw new InputProblem(t('cli.error.cannotRead', name, systemReason(error)));
      pauseBriefly(); // a non-blocking pipe with nothing in it yet
    }
  }
}
