// dist/indexWorker.js: the index's parsing in a worker thread (issue #12, the server's memory). The
// garbage of parsing thousands of files stays in this isolate's heap, which the server tears down
// after each scan (and every few hundred files), instead of growing the server's own heap for good;
// only the summaries cross, by structured clone. One request at a time, answered in order.
import { parentPort } from 'node:worker_threads';
import { summariesOnDisk } from './diskFiles';
import type { IndexWorkerReply, IndexWorkerRequest } from './indexWorkerPool';

parentPort?.on('message', ({ id, paths, maxFileSize }: IndexWorkerRequest) => {
  const reply: IndexWorkerReply = { id, files: paths.map((path) => summariesOnDisk(path, maxFileSize)) };
  parentPort!.postMessage(reply);
});
