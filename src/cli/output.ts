// Writes to stdout and stderr synchronously, chunk by chunk, so output of any size never becomes
// one giant string, and a reader that goes away (`check … | head -c 10`) ends the run quietly.
// process.stdout reports EPIPE as an asynchronous 'error' event (an unhandled one prints a stack
// trace), and makes a piped fd non-blocking once touched; fs.writeSync says EPIPE at once, and the
// loop below copes with a non-blocking fd (EAGAIN, partial writes) should anything set one.
import * as fs from 'node:fs';

/** The reader of the output closed it: stop writing, this is not an error. */
export class OutputClosed extends Error {}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Waits 5 ms without spinning: the other end of a non-blocking pipe is not ready yet. */
export function pauseBriefly(): void {
  Atomics.wait(pause, 0, 0, 5);
}

/**
 * Writes all of `text` to `fd`; throws OutputClosed when the reader has gone: EPIPE on a pipe, and
 * ECONNRESET where Node gave the child a socket pair for its stdio (seen once in the output tests).
 */
export function writeAll(fd: number, text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += fs.writeSync(fd, buffer, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE' || code === 'ECONNRESET') throw new OutputClosed();
      if (code !== 'EAGAIN') throw error;
      pauseBriefly(); // the reader is slow
    }
  }
}

/** Something that takes output a chunk at a time. */
export type Write = (chunk: string) => void;

export const writeStdout: Write = (chunk) => writeAll(1, chunk);

/** stderr: a closed stderr must not turn into an error either. */
export const writeStderr: Write = (chunk) => {
  try {
    writeAll(2, chunk);
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  }
};

/** Collects small writes into chunks of about 64 KB: one system call per chunk, not per line. */
export function buffered(write: Write): { readonly write: Write; flush(): void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 64 * 1024) flush();
    },
    flush,
  };
}
