// The "Simulate rollout" webview: says `ready`, takes the plan the extension sends in `init`, and
// plays it frame by frame. The position and speed survive hiding and reload through setState.
import './styles.css';
import './lanes.css';
import { setLocale } from '../src/core/l10n/panelMessages';
import type { Policy, StepAction, FromWebview, ToWebview } from '../src/protocol/messages';
import type { Timeline } from '../src/core/simulate/timeline';
import { Controls, SPEEDS } from './controls';
import { buildLayout, displayStatus, eventText, Stage } from './view';
import { VolumeLesson } from './volumeLesson';

interface Persisted {
  /** Simulated time of the shown frame, and the frame (-1: before the first). */
  readonly time: number;
  readonly index: number;
  readonly speed: number;
}

type InitMessage = Extract<ToWebview, { type: 'init' }>;

const vscode = acquireVsCodeApi<Persisted>();
const post = (msg: FromWebview) => vscode.postMessage(msg);

/** One frame lasts this long at 1×. */
const FRAME_MS = 700;
const motion = window.matchMedia('(prefers-reduced-motion: reduce)');

// The page's texts follow VS Code's display language: the panel writes it into <html lang> for the
// first paint, and every `init` carries it (a change re-sets the texts, see Texts in view.ts).
setLocale(document.documentElement.lang || 'en');

// The panel's HTML holds an empty `<div id="app" aria-busy="true">`; everything is built here.
const mount = document.getElementById('app') ?? document.body;
mount.removeAttribute('aria-busy');
const layout = buildLayout(mount);
const stage = new Stage(layout, {
  seek: (i) => seek(i),
  openProblem: (index) => post({ type: 'openProblem', index }),
  nodeAction: (kind, node) => act({ type: 'addStep', action: { kind, node }, at: now() }),
});

const lesson = new VolumeLesson(layout, () => act({ type: 'writeVolumes', at: now() }));

let saved: Persisted | undefined = vscode.getState();
let speed = SPEEDS.includes(saved?.speed as (typeof SPEEDS)[number]) ? saved!.speed : 1;
let playing = false;
let run = 0;
/** The simulated time of the last action sent: the next init plays on from there. */
let pendingAt: number | undefined;
let loaded = false;
/** The furthest frame of this plan shown so far, reported to the extension as it grows when it asks. */
let furthest = -1;
let reportShown = false;

const controls = new Controls(layout.toolbar, layout.actions, {
  togglePlay: () => (playing ? pause() : void play()),
  step: () => void step(),
  restart: () => seek(-1),
  seek: (i) => seek(i),
  setSpeed: (s) => {
    speed = SPEEDS.includes(s as (typeof SPEEDS)[number]) ? s : 1;
    persist();
  },
  addStep: (action: StepAction) => act({ type: 'addStep', action, at: now() }),
  setStorageClass: (storageClass) => act({ type: 'setStorageClass', storageClass }),
  whatIf: (policy: Policy) => act({ type: 'whatIf', policy }),
  resetSteps: () => act({ type: 'restart' }, false),
  copyTranscript: () => post({ type: 'copyTranscript', text: stage.transcriptText() }),
  showTranscript: () => post({ type: 'showTranscript', text: stage.transcriptText() }),
}, layout.texts);
controls.setSpeed(speed);
controls.setPlaying(false);

function now(): number {
  return stage.view?.time ?? 0;
}

function last(): number {
  return (stage.timeline?.length ?? 0) - 1;
}

/** Sends an action; unless it resets the steps, the re-planned rollout plays on from now. */
function act(msg: FromWebview, playOn = true): void {
  pause();
  pendingAt = playOn ? now() : undefined;
  post(msg);
}

function persist(): void {
  saved = { time: now(), index: stage.index, speed };
  vscode.setState(saved);
}

/** Updates everything outside the stage that follows the position. */
function positionChanged(announce: boolean): void {
  const plan = stage.plan;
  const view = stage.view;
  if (!plan || !view) return;
  const frame = plan.frames[view.index];
  controls.setPosition(view.index, plan.frames.length, view.time, frame ? eventText(frame) : '');
  // With nodes a Terminating pod is listed too: it may be stuck on a lost node, for Force delete.
  const cluster = stage.cluster?.hasNodes === true;
  const pods = [...view.pods.values()].filter((p) => cluster || displayStatus(p) !== 'Terminating').sort((a, b) => a.ordinal - b.ordinal);
  controls.setPods(pods.map((p) => p.name), new Set(pods.filter((p) => p.terminating).map((p) => p.name)));
  if (announce && frame) layout.live.textContent = `${frame.event.time}s: ${eventText(frame)}`;
  lesson.render(view);
  if (reportShown && view.index > furthest) post({ type: 'shown', index: (furthest = view.index) });
  persist();
}

function pause(): void {
  run++;
  if (playing) {
    playing = false;
    controls.setPlaying(false);
  }
  stage.interrupt();
}

function seek(index: number): void {
  pause();
  void stage.show(Math.max(-1, Math.min(index, last())), 0);
  positionChanged(false);
}

/** Shows the next frame over `ms`; false when interrupted. */
async function advance(ms: number): Promise<boolean> {
  const started = performance.now();
  const shown = stage.show(stage.index + 1, motion.matches ? 0 : ms * 0.85);
  positionChanged(true);
  if (!(await shown)) return false;
  const rest = ms - (performance.now() - started);
  return rest > 1 ? stage.wait(rest) : true;
}

async function step(): Promise<void> {
  pause();
  if (stage.index >= last()) return;
  await advance(FRAME_MS);
}

async function play(): Promise<void> {
  if (!stage.timeline || playing) return;
  pause();
  if (stage.index >= last()) seek(-1);
  const token = ++run;
  playing = true;
  controls.setPlaying(true);
  while (token === run && stage.index < last()) {
    if (!(await advance(FRAME_MS / speed))) break;
    if (stage.index === lesson.stopAt) break; // the learner writes into the volumes before the pods are deleted
  }
  if (token === run) {
    playing = false;
    controls.setPlaying(false);
  }
}

/** The saved frame, when it is still the same moment in this timeline; else the last frame at the saved time. */
function restoredIndex(timeline: Timeline, saved: { index: number; time: number }): number {
  if (saved.index < 0) return -1;
  const frame = timeline.plan.frames[saved.index];
  return frame && frame.event.time === saved.time ? saved.index : timeline.indexAtTime(saved.time);
}

function load(msg: InitMessage): void {
  pause();
  const first = !loaded;
  // Where the user is now, to stay there when the manifest was edited (only we know the position).
  const previous = stage.timeline && stage.index >= 0 ? stage.timeline.at(stage.index).time : undefined;
  const wasAtStart = stage.timeline !== undefined && stage.index < 0;
  loaded = true;
  furthest = -1;
  reportShown = msg.reportShown === true;
  if (typeof msg.locale === 'string') layout.texts.useLocale(msg.locale); // an older extension may not send it
  stage.showError(undefined);
  stage.load(msg.plan, msg.containers, msg.title, msg.policy);
  lesson.load(msg.plan, msg.volumes);
  stage.setProblems(msg.problems);
  controls.setContext(msg.policy, msg.environment.storageClass);
  controls.setClusterMode(stage.cluster?.hasNodes === true);
  const timeline = stage.timeline!;
  let target = -1;
  let autoplay = false;
  if (pendingAt !== undefined) {
    // Our own action re-planned: play on from just before the new step.
    const at = pendingAt;
    target = msg.plan.frames.findIndex((f) => f.event.time >= at) - 1;
    if (target < -1) target = timeline.length - 1;
    autoplay = true;
  } else if (!first && previous !== undefined) target = timeline.indexAtTime(previous);
  else if (!first && wasAtStart) target = -1;
  else if (msg.keepTime !== undefined) target = timeline.indexAtTime(msg.keepTime);
  else if (first && saved) target = restoredIndex(timeline, saved);
  else autoplay = first;
  pendingAt = undefined;
  seek(target);
  if (autoplay && !document.hidden) void play();
}

function handle(msg: ToWebview): void {
  switch (msg.type) {
    case 'init':
      load(msg);
      break;
    case 'error':
      pause(); // the plan under the message is not the session's any more
      stage.showError(msg.message);
      pendingAt = undefined;
      break;
    default: {
      const unexpected: never = msg;
      void unexpected;
    }
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data;
  if (typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string') handle(data as ToWebview);
});
document.addEventListener('visibilitychange', () => {
  if (document.hidden) pause();
});
motion.addEventListener('change', () => document.body.classList.toggle('reduced-motion', motion.matches));
document.body.classList.toggle('reduced-motion', motion.matches);

post({ type: 'ready' });
