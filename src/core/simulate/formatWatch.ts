// `--format watch`: what `kubectl get pods -w -l <selector>` prints while the simulation runs.
// kubectl writes each watch event through one tab writer (cli-runtime printers/tabwriter.go:
// minwidth 6, padding 3, RememberWidths), flushed per line: a column widens when a longer value
// first appears and never narrows again, so earlier lines keep their narrower layout, as on screen.
import type { PodState, SimResult } from './types';

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
  restarts: number;
  restartedAt: number;
  columns: string;
}

/**
 * The watch output for a result recorded with `recordStates: true`: a line whenever a pod's READY,
 * STATUS or RESTARTS changes or a new incarnation of it appears. A deleted pod's last line is its
 * Terminating line. `containers` is the pod template's container count (READY n/m).
 */
export function formatWatch(result: SimResult, containers: number): string {
  const states = result.states.length > 0 ? result.states : [result.final];
  const rows: string[][] = [];
  const seen = new Map<string, Seen>();
  for (const state of states) {
    for (const pod of state.pods) {
      let track = seen.get(pod.name);
      if (!track || track.createdAt !== pod.createdAt) {
        track = { createdAt: pod.createdAt, restarts: 0, restartedAt: pod.createdAt, columns: '' };
        seen.set(pod.name, track);
      }
      const columns = `${pod.ready}\t${pod.status}\t${pod.restarts}`;
      if (columns === track.columns) continue;
      track.columns = columns;
      rows.push(toRow(pod, track, state.time, containers));
    }
  }
  if (rows.length === 0) return `No resources found in ${result.namespace} namespace.\n`;
  return writeTable([[HEADER, rows[0]], ...rows.slice(1).map((row) => [row])]);
}

function toRow(pod: PodState, track: Seen, time: number, containers: number): string[] {
  if (pod.restarts !== track.restarts) {
    track.restarts = pod.restarts;
    track.restartedAt = time;
  }
  const restarts = pod.restarts > 0 ? `${pod.restarts} (${humanDuration(time - track.restartedAt)} ago)` : '0';
  return [pod.name, `${pod.ready ? containers : 0}/${containers}`, pod.status, restarts, humanDuration(time - pod.createdAt)];
}

/** Flushes groups of rows through one remembering tab writer; the last column is never padded. */
function writeTable(flushes: readonly (readonly string[][])[]): string {
  const widths: number[] = [];
  let out = '';
  for (const lines of flushes) {
    for (const line of lines) {
      for (let column = 0; column < line.length - 1; column++) {
        widths[column] = Math.max(widths[column] ?? 0, MIN_WIDTH, line[column].length + PADDING);
      }
    }
    for (const line of lines) {
      out += line.map((cell, column) => (column < line.length - 1 ? cell.padEnd(widths[column]) : cell)).join('') + '\n';
    }
  }
  return out;
}
