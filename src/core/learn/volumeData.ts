// The "data survives" experiment's file contents (docs/learn.md §4). The simulator has no file
// contents, so the learner's `echo $(hostname) > /usr/share/nginx/html/index.html` lives here, on
// top of a planned rollout: at the simulated times the learner pressed "write", every pod that was
// running (not terminating) wrote its hostname into each of its bound claims. A claim keeps what it
// holds until it is deleted (PVCDeleted: a claim created again under the same name starts empty),
// so a pod created again under the same name mounts its claim and reads back the old pod's text.
// Pure and DOM-free: the webview draws it, the extension proves the walkthrough step with it.
import type { RolloutFrame } from '../simulate/planRollout';
import type { PodState, PvcState } from '../simulate/types';

/** What one claim holds: the text, who wrote it and when. */
export interface HeldData {
  readonly text: string;
  readonly writer: string;
  /** The writer's incarnation (its createdAt): a pod created again is another writer. */
  readonly writerCreatedAt: number;
  readonly writtenAt: number;
}

/** A pod that started running on a claim written by an earlier pod of its name. */
export interface ReadBack {
  /** The frame of its PodRunning. */
  readonly index: number;
  readonly pod: string;
  readonly claim: string;
  readonly text: string;
}

/** At most this many writes are kept: one per press of the panel's button is plenty. */
export const MAX_VOLUME_WRITES = 50;

interface Change {
  readonly index: number;
  readonly held: ReadonlyMap<string, HeldData>;
}

/** The claims' contents over a plan's frames, given the simulated times of the learner's writes. */
export class VolumeContents {
  /** What the claims hold from each frame on where it changed, in frame order. */
  readonly #changes: Change[] = [];
  readonly readBacks: readonly ReadBack[];

  constructor(frames: readonly RolloutFrame[], writes: readonly number[]) {
    const times = [...writes].sort((a, b) => a - b);
    const pods = new Map<string, PodState>();
    const pvcs = new Map<string, PvcState>();
    const held = new CopyOnWrite();
    const readBacks: ReadBack[] = [];
    let next = 0;
    frames.forEach((frame, index) => {
      track(frame, pods, pvcs, held);
      readBacks.push(...readBacksOf(frame, index, held.current));
      // A write at time t happens after the last frame at t or before (the moment the learner pressed it).
      const until = index + 1 < frames.length ? frames[index + 1].event.time : Infinity;
      for (; frame.event.time < until && next < times.length && times[next] < until; next++) {
        if (times[next] >= frame.event.time) writeHostnames(pods, pvcs, held, times[next]);
      }
      const changed = held.take();
      if (changed) this.#changes.push({ index, held: changed });
    });
    this.readBacks = readBacks;
  }

  /** What each claim holds after frame `index` (-1: before the first frame, nothing). */
  at(index: number): ReadonlyMap<string, HeldData> {
    let found: ReadonlyMap<string, HeldData> = new Map();
    for (const change of this.#changes) {
      if (change.index > index) break;
      found = change.held;
    }
    return found;
  }
}

/** The claims' contents, copied only when a frame changes them (a plan has thousands of frames). */
class CopyOnWrite {
  current: ReadonlyMap<string, HeldData> = new Map();
  #edited: Map<string, HeldData> | undefined;

  edit(): Map<string, HeldData> {
    return (this.#edited ??= new Map(this.current));
  }

  /** The contents after this frame when it changed them, else undefined. */
  take(): ReadonlyMap<string, HeldData> | undefined {
    const edited = this.#edited;
    this.#edited = undefined;
    if (edited) this.current = edited;
    return edited;
  }
}

/** Keeps the pods and claims current, and forgets what a deleted claim held. */
function track(frame: RolloutFrame, pods: Map<string, PodState>, pvcs: Map<string, PvcState>, held: CopyOnWrite): void {
  const { event } = frame;
  if (frame.pod === null) pods.delete(event.object);
  else if (frame.pod) pods.set(frame.pod.name, frame.pod);
  if (frame.pvc === null) {
    pvcs.delete(event.object);
    if (held.current.has(event.object)) held.edit().delete(event.object);
  } else if (frame.pvc) pvcs.set(frame.pvc.name, frame.pvc);
}

/** `echo $(hostname) > …` in every running pod, into each claim it has mounted. */
function writeHostnames(pods: ReadonlyMap<string, PodState>, pvcs: ReadonlyMap<string, PvcState>, held: CopyOnWrite, at: number): void {
  for (const pod of pods.values()) {
    if (pod.phase !== 'Running' || pod.terminating) continue;
    for (const claim of pod.claims) {
      if (pvcs.get(claim)?.phase === 'Bound') held.edit().set(claim, { text: pod.hostname, writer: pod.name, writerCreatedAt: pod.createdAt, writtenAt: at });
    }
  }
}

/** A PodRunning whose claims hold what an earlier pod of the same name wrote. */
function readBacksOf(frame: RolloutFrame, index: number, held: ReadonlyMap<string, HeldData>): ReadBack[] {
  const pod = frame.pod;
  if (frame.event.type !== 'PodRunning' || !pod) return [];
  return pod.claims.flatMap((claim) => {
    const data = held.get(claim);
    return data && data.writer === pod.name && data.writerCreatedAt !== pod.createdAt ? [{ index, pod: pod.name, claim, text: data.text }] : [];
  });
}

/** The learner's write times from a message or workspaceState: finite, not negative, at most MAX_VOLUME_WRITES. */
export function toVolumeWrites(raw: unknown): number[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((x): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0).slice(0, MAX_VOLUME_WRITES);
}
