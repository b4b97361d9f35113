// Helpers and constants for what the stage draws: the words and classes a frame, a pod or a revision
// shows as, and the sizes of the windows the panes keep. No state of their own (setBreakable only writes a node).
import type { RolloutFrame } from '../src/core/simulate/planRollout';
import type { PodState, SimEvent } from '../src/core/simulate/types';

/** The STATUS a learner reads on the card: kubectl's column, with Running+Ready shown as Ready. */
export function displayStatus(pod: PodState): string {
  if (pod.terminating) return 'Terminating';
  if (pod.status === 'Running' && pod.ready) return 'Ready';
  return pod.status;
}

export const LIFE: Record<string, number> = {
  Pending: 12,
  ContainerCreating: 38,
  ErrImagePull: 38,
  ImagePullBackOff: 38,
  Running: 72,
  CrashLoopBackOff: 72,
  Error: 72,
  Ready: 100,
  Terminating: 6,
};

/** `web-595f6b8f96` → `595f6b8`. */
export function shortRevision(revision: string, statefulset: string): string {
  const hash = revision.startsWith(`${statefulset}-`) ? revision.slice(statefulset.length + 1) : revision;
  return hash.length > 7 ? hash.slice(0, 7) : hash;
}

export const SVG = 'http://www.w3.org/2000/svg';
/** The event list is a window around the current event (constant size, no scrolling to manage). */
export const EVENTS_BEFORE = 9;
export const EVENTS_AFTER = 5;
export const TRANSCRIPT_LINES = 200;
/** The Service node lists this many answers, then "and N more". */
export const MAX_CHIPS = 24;

export const COUNTERS = ['replicas', 'ready', 'available', 'current', 'updated', 'revisions'] as const;
export type CounterKey = (typeof COUNTERS)[number];

export const ordinalOf = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 0);

/** The object a frame is about, as a slot name (pod events, claim events, DNS records). */
export function subjectOf(frame: RolloutFrame | undefined): string | undefined {
  if (!frame) return undefined;
  if (frame.pod) return frame.pod.name;
  if (frame.pvc) return frame.pvc.pod;
  if (frame.event.type.startsWith('Pod')) return frame.event.object;
  return undefined;
}

/** Sets a long DNS name as text with a line-break opportunity after each dot. */
export function setBreakable(node: HTMLElement, text: string): void {
  if (node.dataset.text === text) return;
  node.dataset.text = text;
  const parts = text.split('.');
  node.replaceChildren(...parts.flatMap((part, i) => (i < parts.length - 1 ? [document.createTextNode(`${part}.`), document.createElement('wbr')] : [document.createTextNode(part)])));
}

export function eventText(frame: RolloutFrame): string {
  const e = frame.event;
  return e.message ?? `${e.type} ${e.object}${e.node ? ` → ${e.node}` : ''}${e.zone ? ` (${e.zone})` : ''}`;
}

/** The cluster's events (issue #11): each its colour class and its glyph before the type. */
const CLUSTER_EVENTS: Readonly<Partial<Record<SimEvent['type'], readonly [string, string]>>> = {
  PodScheduled: ['event--scheduled', '⇢'],
  FailedScheduling: ['event--bad', '⚠'],
  NodeNotReady: ['event--node-down', '✕'],
  NodeReady: ['event--node-up', '✓'],
  EvictionRefused: ['event--blocked', '⊖'],
  PodEvicted: ['event--evicted', '⏏'],
  PVCZoneBound: ['event--zone', '◎'],
};

/** The event's type as the timeline shows it, with a glyph for the ones to notice. */
export function eventLabel(frame: RolloutFrame): string {
  const type = frame.event.type;
  const glyph = type === 'Blocked' ? '⚠' : CLUSTER_EVENTS[type]?.[1];
  return glyph ? `${glyph} ${type}` : type;
}

export function eventClass(frame: RolloutFrame): string {
  const type = frame.event.type;
  const cluster = CLUSTER_EVENTS[type];
  if (cluster) return `event ${cluster[0]}`;
  const kind =
    type === 'Blocked'
      ? 'event--blocked'
      : type === 'PodFailed' || type === 'PVCPending'
        ? 'event--bad'
        : type === 'StatusUpdated' || type === 'StepStarted' || type === 'Settled'
          ? `event--${type === 'StepStarted' ? 'step' : 'quiet'}`
          : type.startsWith('DNS')
            ? 'event--dns'
            : '';
  return `event ${kind}`.trim();
}
