// The transcript pane: what `kubectl get pods -w` prints, up to any frame. The frame-based twin of
// core/simulate/formatWatch.ts (same rows, same remembering tab writer), computed once per plan so
// that showing it at frame i is a slice, not a re-run over every state.
import type { RolloutPlan } from '../src/core/simulate/planRollout';
import { t } from '../src/core/l10n/messages';
import { humanDuration } from '../src/core/simulate/formatWatch';

const HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
const MIN_WIDTH = 6;
const PADDING = 3;

interface Seen {
  readonly createdAt: number;
  restarts: number;
  restartedAt: number;
  columns: string;
}

export class WatchTranscript {
  /** Printed lines, each with a trailing newline; the first one is the header. */
  readonly lines: string[] = [];
  /** The frame index after which each line (same index) has been printed. */
  readonly lineFrames: number[] = [];
  readonly #namespace: string;

  constructor(plan: RolloutPlan, containers: number) {
    this.#namespace = plan.namespace;
    const seen = new Map<string, Seen>();
    const widths: number[] = [];
    const flush = (rows: string[][], frame: number) => {
      for (const row of rows) {
        for (let column = 0; column < row.length - 1; column++) {
          widths[column] = Math.max(widths[column] ?? 0, MIN_WIDTH, row[column].length + PADDING);
        }
      }
      for (const row of rows) {
        this.lines.push(row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]) : cell)).join('') + '\n');
        this.lineFrames.push(frame);
      }
    };
    plan.frames.forEach((frame, index) => {
      const pod = frame.pod;
      if (!pod) return;
      let track = seen.get(pod.name);
      if (!track || track.createdAt !== pod.createdAt) {
        track = { createdAt: pod.createdAt, restarts: 0, restartedAt: pod.createdAt, columns: '' };
        seen.set(pod.name, track);
      }
      const columns = `${pod.ready}\t${pod.status}\t${pod.restarts}`;
      if (columns === track.columns) return;
      track.columns = columns;
      const time = frame.event.time;
      if (pod.restarts !== track.restarts) {
        track.restarts = pod.restarts;
        track.restartedAt = time;
      }
      const restarts = pod.restarts > 0 ? `${pod.restarts} (${humanDuration(time - track.restartedAt)} ago)` : '0';
      const row = [pod.name, `${pod.ready ? containers : 0}/${containers}`, pod.status, restarts, humanDuration(time - pod.createdAt)];
      flush(this.lines.length === 0 ? [HEADER, row] : [row], index);
    });
  }

  /** How many lines have been printed after frame `index`. */
  countAt(index: number): number {
    let lo = 0;
    let hi = this.lineFrames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lineFrames[mid] <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The whole transcript after frame `index`, as formatWatch prints it. */
  textAt(index: number): string {
    const count = this.countAt(index);
    if (count === 0) return `No resources found in ${this.#namespace} namespace.\n`;
    return this.lines.slice(0, count).join('');
  }

  /** The header and the last `max` lines after frame `index` (what the pane shows). */
  tailAt(index: number, max: number): string {
    const count = this.countAt(index);
    if (count === 0) return `No resources found in ${this.#namespace} namespace.\n`;
    if (count <= max + 1) return this.lines.slice(0, count).join('');
    return this.lines[0] + `${t('webview.transcript.earlier', count - 1 - max)}\n` + this.lines.slice(count - max, count).join('');
  }
}
