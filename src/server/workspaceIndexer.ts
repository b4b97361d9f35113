// The workspace index's life: a scan on `initialized` (and again when the file settings change),
// with `window/workDoneProgress` (begin, the file count as it goes, end) that the user can cancel;
// the cap on indexed files with a message naming its setting; files changed on disk read again;
// and, once the index is complete, the cross-file checks that were held back. A scan the user
// cancelled leaves cross-file findings held back: `statefulsetStudio/reindex` (REINDEX_REQUEST)
// scans again, and so does the next change of a file on disk.
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, MessageType, ShowMessageNotification, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { t, type ResourceSummary } from '../core/index';
import type { ReindexResult } from '../protocol/lsp';
import type { SummaryRef } from './closedIndex';
import type { DiagnosticsPublisher } from './diagnostics';
import { closedDependents } from './dependents';
import { findYamlFiles, indexFile, indexFiles, SLICE_MS } from './indexer';
import { releaseHeap } from './heapRelease';
import type { ServerSettings } from './settings';
import { yieldToPendingWork } from './turns';
import { resourcesOf, summaryOf, type ServerFile, type Workspace } from './workspace';

/** A re-check of more closed files than this forgets their reads and releases the heap afterwards (a single change keeps them). */
const FORGET_AFTER = 64;

/** Progress reports at most this often (a slice lasts a few ms, and each report is a message the client handles); the last count always goes. */
export const PROGRESS_INTERVAL_MS = 100;

/** `report` for a changed count, at most every PROGRESS_INTERVAL_MS until the count reaches `total`. */
export function throttledReport(total: number, report: (done: number) => void, now: () => number = () => performance.now()): (done: number) => void {
  let reportedAt = -Infinity;
  let reported = -1;
  return (done) => {
    if (done === reported || (done < total && now() - reportedAt < PROGRESS_INTERVAL_MS)) return;
    reportedAt = now();
    reported = done;
    report(done);
  };
}

export interface IndexerHost {
  readonly connection: Connection;
  readonly workspace: Workspace;
  readonly publisher: DiagnosticsPublisher;
  settings(): ServerSettings;
  roots(): readonly string[];
}

export class WorkspaceIndexer {
  #complete = false;
  /** The last scan was cancelled by the user (not replaced by a newer one): the index is partial. */
  #stopped = false;
  #scan: CancellationTokenSource | undefined;
  #waiters: (() => void)[] = [];
  /** Closed files whose check waits for the complete index. */
  readonly #pending = new Set<string>();

  constructor(private readonly host: IndexerHost) {}

  get complete(): boolean {
    return this.#complete;
  }

  /** Resolves true once the index is complete, false when `token` is cancelled first. */
  whenComplete(token: CancellationToken): Promise<boolean> {
    if (this.#complete) return Promise.resolve(true);
    if (token.isCancellationRequested) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = () => (listener.dispose(), resolve(true));
      const listener = token.onCancellationRequested(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== done);
        resolve(false);
      });
      this.#waiters.push(done);
    });
  }

  /** Scans the workspace again from scratch (cancelling a scan under way). */
  async reindex(): Promise<void> {
    this.#scan?.cancel();
    const scan = (this.#scan = new CancellationTokenSource());
    this.#complete = false;
    this.#stopped = false;
    this.#pending.clear();
    this.host.workspace.closed.clear();
    const progress = await this.host.connection.window.createWorkDoneProgress();
    const cancelled = () => scan.token.isCancellationRequested || progress.token.isCancellationRequested;
    const token = { get isCancellationRequested() { return cancelled(); }, onCancellationRequested: scan.token.onCancellationRequested };
    progress.begin(t('server.index.title'), 0, undefined, true);
    try {
      const settings = this.host.settings();
      const found = await findYamlFiles(this.host.roots(), settings);
      const paths = this.#capped(found, settings.maxIndexedFiles);
      const report = throttledReport(paths.length, (done) => progress.report(Math.floor((done * 100) / Math.max(paths.length, 1)), t('server.index.progress', done, paths.length)));
      const result = await indexFiles(this.host.workspace, paths, settings.maxFileSize, { token, onProgress: report, onIndexed: (file) => this.#indexed(file) });
      progress.done(); // first: what the complete index adds is published after the progress ends
      if (scan !== this.#scan) return; // a newer scan replaced this one
      if (result === 'done') this.#finish();
      else this.#stopped = true;
    } catch (error) {
      progress.done();
      const message = t('server.index.failed', error instanceof Error ? error.message : String(error));
      void this.host.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
    }
  }

  /** `statefulsetStudio/reindex`: scans again, and says whether the index is now complete. */
  async reindexOnRequest(): Promise<ReindexResult> {
    await this.reindex();
    return { complete: this.#complete };
  }

  /**
   * A file created or changed on disk: read again, then it and what depends on it checked again.
   * After a cancelled scan, the whole workspace is scanned again instead.
   */
  async fileChanged(path: string, openBefore: readonly ResourceSummary[] = []): Promise<void> {
    if (this.#stopped) return this.reindex();
    const { workspace } = this.host;
    const before = [...openBefore, ...this.#indexedSummaries(pathToFileURL(path).href)];
    const file = indexFile(workspace, path, this.host.settings().maxFileSize);
    if (!file) return;
    if (!workspace.isOpen(file.uri)) this.#indexed(file);
    await this.recheckDependents(file.uri, before);
  }

  async fileDeleted(uri: string): Promise<void> {
    if (this.#stopped) return this.reindex();
    const before = this.#indexedSummaries(uri);
    this.host.workspace.closed.delete(uri);
    this.host.publisher.clear(uri);
    await this.recheckDependents(uri, before);
  }

  /**
   * After `uri` changed (`before`: its resources before): the open files whose findings may depend
   * on its resources then or now, and the closed files that depend on them (#closedDependents).
   */
  async recheckDependents(uri: string, before: readonly ResourceSummary[]): Promise<void> {
    const { workspace, publisher } = this.host;
    const changed = [...before, ...this.#currentSummaries(uri)];
    publisher.checkOpenDependents(uri, changed);
    if (!this.#complete) return;
    if (workspace.closed.get(uri)) this.#pending.add(uri);
    for (const ref of this.#closedDependents(changed)) this.#pending.add(ref.uri);
    await this.#checkPending();
  }

  /** The closed files whose findings may change with `changed`, as the workspace rules declare (dependents.ts). */
  #closedDependents(changed: readonly ResourceSummary[]): SummaryRef[] {
    const { closed } = this.host.workspace;
    return closedDependents((type) => closed.ofType(type), changed, this.host.publisher.crossFileRules);
  }

  /** The resources a file held when it was last indexed. */
  #indexedSummaries(uri: string): readonly ResourceSummary[] {
    return this.host.workspace.closed.get(uri)?.summaries ?? [];
  }

  /** The resources of the open document, else of the file as last indexed. */
  #currentSummaries(uri: string): readonly ResourceSummary[] {
    const open = this.host.workspace.openFile(uri);
    return open ? resourcesOf(open).map(summaryOf) : this.#indexedSummaries(uri);
  }

  /**
   * Open files at once, then every closed file whose findings depend on others, in slices. What
   * depends on what is not tracked: a pass over the cross-file kinds costs what the index costs.
   */
  async recheckAll(): Promise<void> {
    const { workspace, publisher } = this.host;
    for (const file of workspace.openFiles()) publisher.checkOpen(file.uri);
    if (!this.#complete) return;
    for (const uri of workspace.closed.uris()) if (!workspace.isOpen(uri)) this.#pending.add(uri);
    await this.#checkPending();
  }

  #capped(found: readonly string[], cap: number): readonly string[] {
    if (found.length <= cap) return found;
    void this.host.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: t('server.index.capReached', cap, found.length) });
    return found.slice(0, cap);
  }

  #indexed(file: ServerFile): void {
    const { publisher, workspace } = this.host;
    if (workspace.isOpen(file.uri)) return; // the open document is checked as it is in the editor
    if (publisher.isCrossFile(file)) this.#pending.add(file.uri);
    else publisher.checkAlone(file);
  }

  #finish(): void {
    this.#complete = true;
    for (const waiter of this.#waiters.splice(0)) waiter();
    for (const file of this.host.workspace.openFiles()) this.host.publisher.checkOpen(file.uri);
    void this.#checkPending(true);
  }

  /** Checks the pending closed files in slices; `afterScan`: the pass that completes an index scan. */
  async #checkPending(afterScan = false): Promise<void> {
    const scan = this.#scan;
    const burst = afterScan || this.#pending.size > FORGET_AFTER;
    while (this.#pending.size > 0 && scan === this.#scan) {
      const until = performance.now() + SLICE_MS;
      for (const uri of this.#pending) {
        this.#pending.delete(uri);
        this.host.publisher.checkClosed(uri);
        if (performance.now() >= until) break;
      }
      await yieldToPendingWork();
    }
    if (!burst || this.#pending.size > 0 || scan !== this.#scan) return;
    // After the scan and its pass, or a pass over many closed files, their cached reads are what the
    // next request is least likely to need, and the heap they grew is mostly garbage (heapRelease.ts).
    this.host.workspace.forgetClosedReads();
    const ms = releaseHeap();
    this.host.connection.tracer.log(`Released the heap after checking closed files: a full collection of ${ms.toFixed(0)} ms`);
  }
}
