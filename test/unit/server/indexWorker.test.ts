// The index's parsing in a worker thread (src/server/indexWorker.ts, issue #12: the server's memory
// after indexing): every file's summaries come from the worker and none is parsed in the server;
// a worker that cannot start, or dies part-way, leaves the server to read the files left, with a
// line in its log, and no file is missing from the index; a file read again while the worker had
// it keeps the newer read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexFile, indexFiles, type IndexRun } from '../../../src/server/indexer';
import { IndexWorkerPool } from '../../../src/server/indexWorkerPool';
import { Workspace } from '../../../src/server/workspace';
import { fillerFiles, headlessService, makeWorkspace } from './workspaces';

const MAX_FILE_SIZE = 1024 * 1024;
const DISK_FILES = path.resolve(__dirname, '../../../src/server/diskFiles.js');

interface Recorded {
  readonly run: IndexRun;
  readonly inServer: string[];
  readonly inWorker: string[];
  readonly logs: string[];
}

function recordingRun(): Recorded {
  const recorded: Omit<Recorded, 'run'> = { inServer: [], inWorker: [], logs: [] };
  const run: IndexRun = {
    token: { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) },
    onProgress: () => undefined,
    onIndexed: (file) => recorded.inServer.push(file.uri),
    onSummarised: (uri) => recorded.inWorker.push(uri),
    log: (message) => recorded.logs.push(message),
  };
  return { ...recorded, run };
}

/** A worker script (CommonJS) that reads as the real one does, doing `before` first for each request. */
function fakeWorker(dir: string, before: string): string {
  const file = path.join(dir, 'fake-worker.js');
  fs.writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const { summariesOnDisk } = require(${JSON.stringify(DISK_FILES)});
let requests = 0;
parentPort.on('message', ({ id, paths, maxFileSize }) => {
  requests++;
  ${before}
  parentPort.postMessage({ id, files: paths.map((p) => summariesOnDisk(p, maxFileSize)) });
});`,
  );
  return file;
}

describe('the language server: the index worker', function () {
  this.timeout(60_000);
  let ws: ReturnType<typeof makeWorkspace> | undefined;

  afterEach(() => ws?.remove());

  function workspaceOf(count: number): { paths: string[]; workspace: Workspace } {
    ws = makeWorkspace(fillerFiles(count));
    const paths = Object.keys(fillerFiles(count)).map((name) => path.join(ws!.root, name)).sort();
    return { paths, workspace: new Workspace(() => MAX_FILE_SIZE) };
  }

  it('reads every file in the worker and parses none in the server', async () => {
    const { paths, workspace } = workspaceOf(40);
    const { run, inServer, inWorker, logs } = recordingRun();
    assert.equal(await indexFiles(workspace, paths, MAX_FILE_SIZE, run, new IndexWorkerPool(undefined, 16)), 'done');
    assert.deepEqual({ inServer: inServer.length, inWorker: inWorker.length, logs, indexed: workspace.closed.size }, { inServer: 0, inWorker: 40, logs: [], indexed: 40 });
    assert.equal(workspace.closed.named('Service', 'app-17')[0]?.uri, pathToFileURL(paths[17]).href);
  });

  it('reads every file in the server, and logs why, when the worker cannot start', async () => {
    const { paths, workspace } = workspaceOf(20);
    const { run, inServer, inWorker, logs } = recordingRun();
    assert.equal(await indexFiles(workspace, paths, MAX_FILE_SIZE, run, new IndexWorkerPool(path.join(ws!.root, 'no-such-worker.js'))), 'done');
    assert.deepEqual({ inServer: inServer.length, inWorker: inWorker.length, indexed: workspace.closed.size }, { inServer: 20, inWorker: 0, indexed: 20 });
    assert.equal(logs.length, 1);
    assert.match(logs[0], /^The index worker failed \(.*no-such-worker\.js.*\): the server reads the 20 files left itself\.$/s);
  });

  it('keeps what a worker that dies part-way answered, and reads the files left in the server', async () => {
    const { paths, workspace } = workspaceOf(40);
    const script = fakeWorker(ws!.root, 'if (requests === 2) process.exit(3);');
    const { run, inServer, inWorker, logs } = recordingRun();
    assert.equal(await indexFiles(workspace, paths, MAX_FILE_SIZE, run, new IndexWorkerPool(script)), 'done');
    // 16 files a request: the first answered, the second (and the third sent with it) read again in the server.
    assert.deepEqual({ inWorker: inWorker.length, inServer: inServer.length, indexed: workspace.closed.size }, { inWorker: 16, inServer: 24, indexed: 40 });
    assert.deepEqual(logs, ['The index worker failed (the index worker stopped (exit code 3)): the server reads the 24 files left itself.']);
  });

  it('keeps the newer read of a file that changed on disk while the worker read it', async () => {
    const { paths, workspace } = workspaceOf(3);
    const go = path.join(ws!.root, 'go');
    const read = path.join(ws!.root, 'read');
    // The worker reads, says so, then waits for `go` before it answers.
    const script = fakeWorker(ws!.root, `const old = paths.map((p) => summariesOnDisk(p, maxFileSize));
  fs.writeFileSync(${JSON.stringify(read)}, '');
  while (!fs.existsSync(${JSON.stringify(go)})) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  return parentPort.postMessage({ id, files: old });`);
    const { run } = recordingRun();
    const scan = indexFiles(workspace, paths, MAX_FILE_SIZE, run, new IndexWorkerPool(script));
    while (!fs.existsSync(read)) await new Promise((resolve) => setTimeout(resolve, 5));
    fs.writeFileSync(paths[1], headlessService('renamed', 'renamed'));
    indexFile(workspace, paths[1], MAX_FILE_SIZE); // as WorkspaceIndexer.fileChanged does
    fs.writeFileSync(go, '');
    assert.equal(await scan, 'done');
    assert.deepEqual(workspace.closed.get(pathToFileURL(paths[1]).href)?.summaries.map((s) => s.name), ['renamed']);
    assert.equal(workspace.closed.size, 3);
  });
});
