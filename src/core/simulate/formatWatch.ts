// `--format watch`: what `kubectl get pods -w -l <selector>` prints while the simulation runs.
// kubectl writes each watch event through one tab writer (cli-runtime printers/tabwriter.go:
// minwidth 6, padding 3, RememberWidths), flushed per line: a column widens when a longer value
// first appears and never narrows again, so earlier lines keep their narrower layout, as on screen.
// Names are user text and go through escapeTerminal: a name must not drive the terminal or forge a line.
import { escapeTerminal } from '../text/terminal';
import type { SimInput } from './input';
import { simulate } from './simulate';
import { changedPodObject } from './snapshot';
import type { PodState, Script, SimResult } from './types';
import type { World } from './world';

const HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
const MIN_WIDTH = 6;
const PADDING = 3;

/** kubectl's short duration (apimachinery duration.HumanDuration): `0s`, `12s`, `2m5s`, `15m`, `3h20m`. */
export function humanDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 10) return s % 60 === 0 ? `${minutes}m` : `${minutes}m${s % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(s / 3600);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const years = Math.floor(hours / 24 / 365);
  const days = Math.floor(hours / 24) % 365;
  if (hours < 24 * 365 * 8) return days === 0 ? `${years}y` : `${years}y${days}d`;
  return `${years}y`;
}

interface Seen {
  readonly createdAt: number;
  /** RESTARTS as last printed (toRow sets it with each line). */
  restarts: number;
  restartedAt: number;
  /** READY and STATUS as last printed; status '' before the first line. */
  ready: boolean;
  status: string;
}

/** What the printer reads of a pod: a PodState (frames, recorded states) or the store's own pod (simulateWatch). */
export type WatchedPod = Pick<PodState, 'name' | 'ready' | 'status' | 'restarts' | 'createdAt'>;

/** What kubectl prints when no pod matches. */
export function noResources(namespace: string): string {
  return `No resources found in ${escapeTerminal(namespace)} namespace.\n`;
}

/**
 * kubectl's watch printer, fed one pod state at a time: a line whenever a pod's READY, STATUS or
 * RESTARTS changes or a new incarnation of it appears, through one remembering tab writer (the
 * header comes with the first line). The CLI feeds it recorded states; the panel feeds it frames.
 */
export class WatchPrinter {
  /** Printed lines, each ending in a newline; the first one is the header. Empty when the printer has a sink. */
  readonly lines: string[] = [];
  readonly #seen = new Map<string, Seen>();
  readonly #widths: number[] = [];

  /**
   * `containers` is the pod template's container count (READY n/m). With `sink`, each line goes
   * there instead of into `lines` (simulateWatch: OutputChunks).
   */
  constructor(
    private readonly containers: number,
    private readonly sink?: (line: string) => void,
  ) {}

  /** Prints what changed for `pod` at `time`; returns how many lines that added (0, 1, or 2 with the header). */
  observe(pod: WatchedPod, time: number): number {
    let track = this.#seen.get(pod.name);
    if (!track || track.createdAt !== pod.createdAt) {
      track = { createdAt: pod.createdAt, restarts: 0, restartedAt: pod.createdAt, ready: false, status: '' };
      this.#seen.set(pod.name, track);
    }
    if (track.status === pod.status && track.ready === pod.ready && track.restarts === pod.restarts) return 0;
    track.ready = pod.ready;
    track.status = pod.status;
    const row = toRow(pod, track, time, this.containers);
    // The tab writer has no widths before its first flush: the header comes with the first line.
    return this.#flush(this.#widths.length === 0 ? [HEADER, row] : [row]);
  }

  /** One flush of the tab writer: widths only grow; the last column is never padded. */
  #flush(rows: readonly string[][]): number {
    const widths = this.#widths;
    for (const row of rows) {
      for (let column = 0; column < row.length - 1; column++) {
        widths[column] = Math.max(widths[column] ?? 0, MIN_WIDTH, row[column].length + PADDING);
      }
    }
    for (const row of rows) {
      const line = row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]) : cell)).join('') + '\n';
      if (this.sink) this.sink(line);
      else this.lines.push(line);
    }
    return rows.length;
  }
}

/** Lines joined per CHUNK_LINES into one string: a 10,000-replica watch keeps a few hundred strings, not 100,000 lines. */
const CHUNK_LINES = 1024;

/**
 * Output collected as a few large strings. Each line kept until the end had been an object the
 * collector copied out of the young generation and marked again at each major collection, a cost
 * per line that only a large run paid (a small run's lines die young).
 */
class OutputChunks {
  readonly #chunks: string[] = [];
  readonly #pending: string[] = [];

  readonly add = (line: string): void => {
    this.#pending.push(line);
    if (this.#pending.length === CHUNK_LINES) this.#close();
  };

  /** Every line added, in order; '' when none was. */
  text(): string {
    this.#close();
    return this.#chunks.join('');
  }

  #close(): void {
    if (this.#pending.length === 0) return;
    this.#chunks.push(this.#pending.join(''));
    this.#pending.length = 0;
  }
}

/**
 * Runs the simulation with kubectl's watch attached (issue #15: a snapshot per event made 1,000
 * replicas take 36 s and 3 GB). Each event changes at most the pod it is about, so the printer is
 * fed that pod alone: memory grows with the pods and the lines printed, not pods × events (nor
 * with the events: the result comes back without them).
 */
export function simulateWatch(input: SimInput, script: Script, containers: number): { readonly output: string; readonly result: SimResult } {
  const output = new OutputChunks();
  const printer = new WatchPrinter(containers, output.add);
  const observe = (world: World) => {
    const pod = changedPodObject(world);
    if (pod) printer.observe(pod, world.time);
  };
  // The watch reads each event as it comes and never the list: none is kept.
  const result = simulate(input, script, { observe, keepEvents: false });
  return { output: output.text() || noResources(result.namespace), result };
}

/**
 * The watch output for a result recorded with `recordStates: true`. A deleted pod's last line is
 * its Terminating line.
 */
export function formatWatch(result: SimResult, containers: number): string {
  const states = result.states.length > 0 ? result.states : [result.final];
  const printer = new WatchPrinter(containers);
  for (const state of states) for (const pod of state.pods) printer.observe(pod, state.time);
  return printer.lines.length > 0 ? printer.lines.join('') : noResources(result.namespace);
}

function toRow(pod: WatchedPod, track: Seen, time: number, containers: number): string[] {
  if (pod.restarts !== track.restarts) {
    track.restarts = pod.restarts;
    track.restartedAt = time;
  }
  const restarts = pod.restarts > 0 ? `${pod.restarts} (${humanDuration(time - track.restartedAt)} ago)` : '0';
  return [escapeTerminal(pod.name), `${pod.ready ? containers : 0}/${containers}`, pod.status, restarts, humanDuration(time - pod.createdAt)];
}
