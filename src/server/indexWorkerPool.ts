// The server's side of the index worker (indexWorker.ts, bundled as dist/indexWorker.js beside
// dist/server.js and dist/cli.js). Requests go out in order and come back in order. A worker is
// replaced after RECYCLE_AFTER_FILES files and ended by `close()` (after answering what it was
// sent), so no parse garbage outlives it. When a worker fails (it cannot start, throws, runs out of
// memory, exits), every request waiting on it is rejected, and the indexer reads those files in the
// server itself instead.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SummariesOnDisk } from './diskFiles';

/** Beside the bundle that runs the server (dist/server.js or dist/cli.js; out/src/server in tests). */
export const INDEX_WORKER_SCRIPT = path.join(__dirname, 'indexWorker.js');
/** Files after which the worker is replaced, so its heap never holds more than this many files' garbage. */
export const RECYCLE_AFTER_FILES = 500;

export interface IndexWorkerRequest {
  readonly id: number;
  readonly paths: readonly string[];
  readonly maxFileSize: number;
}

export interface IndexWorkerReply {
  readonly id: number;
  readonly files: readonly SummariesOnDisk[];
}

interface Waiting {
  resolve(files: readonly SummariesOnDisk[]): void;
  reject(error: Error): void;
}

interface Handle {
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
  /** Files sent to it. */
  sent: number;
  /** Replaced: ended once it has answered what it was sent. */
  retiring: boolean;
}

export class IndexWorkerPool {
  #current: Handle | undefined;
  #nextId = 0;

  constructor(private readonly script = INDEX_WORKER_SCRIPT, private readonly recycleAfter = RECYCLE_AFTER_FILES) {}

  /** The summaries of `paths`, read in the worker; rejects when the worker fails. */
  summarise(paths: readonly string[], maxFileSize: number): Promise<readonly SummariesOnDisk[]> {
    return new Promise((resolve, reject) => {
      try {
        const handle = this.#handle();
        const id = this.#nextId++;
        handle.waiting.set(id, { resolve, reject });
        handle.sent += paths.length;
        handle.worker.postMessage({ id, paths, maxFileSize } satisfies IndexWorkerRequest);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Ends the current worker once it has answered what it was sent: its heap goes with it. */
  close(): void {
    const handle = this.#current;
    this.#current = undefined;
    if (handle) retire(handle);
  }

  #handle(): Handle {
    if (this.#current && this.#current.sent >= this.recycleAfter) this.close();
    return (this.#current ??= this.#start());
  }

  #start(): Handle {
    const handle: Handle = { worker: new Worker(this.script), waiting: new Map(), sent: 0, retiring: false };
    handle.worker.on('message', ({ id, files }: IndexWorkerReply) => {
      handle.waiting.get(id)?.resolve(files);
      handle.waiting.delete(id);
      if (handle.retiring && handle.waiting.size === 0) void handle.worker.terminate();
    });
    handle.worker.on('error', (error) => this.#fail(handle, error));
    handle.worker.on('exit', (code) => this.#fail(handle, new Error(`the index worker stopped (exit code ${code})`)));
    return handle;
  }

  #fail(handle: Handle, error: Error): void {
    if (this.#current === handle) this.#current = undefined;
    for (const waiting of handle.waiting.values()) waiting.reject(error);
    handle.waiting.clear();
  }
}

function retire(handle: Handle): void {
  handle.retiring = true;
  if (handle.waiting.size === 0) void handle.worker.terminate();
}
