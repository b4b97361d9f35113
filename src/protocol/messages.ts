// Every message between the extension and the "Simulate rollout" webview. Both sides import these
// types (`import type`) and switch on `type` with an exhaustiveness check. Messages from the
// webview are untrusted: the extension checks them with isFromWebview() before acting.
import type { RolloutPlan } from '../core/simulate/planRollout';
import { isNodeStepKind, NODE_STEP_KINDS, type Environment, type NodeStepKind, type Outcome, type Step, type StepBody } from '../core/simulate/types';

export type Policy = 'OrderedReady' | 'Parallel';

/** A walkthrough step that lets the learner write each pod's hostname into its volume. */
export interface VolumeLesson {
  /** The simulated times the learner wrote at. */
  readonly writes: readonly number[];
  /** Playback stops before this frame until the learner has written (-1: never). */
  readonly writeBefore: number;
}

/** A problem of the manifest that changes the outcome (no headless Service → no per-pod DNS). */
export interface PanelProblem {
  readonly message: string;
  readonly ruleId?: string;
  /** Index into the problems list, sent back by `openProblem` to reveal the diagnostic. */
  readonly index: number;
}

export type ToWebview =
  | {
      readonly type: 'init';
      /** Title of the panel, `StatefulSet web`. */
      readonly title: string;
      /** VS Code's display language (`en`, `zh-cn`, …): the webview's own texts follow it. */
      readonly locale: string;
      readonly plan: RolloutPlan;
      /** Containers per pod (READY column: n/m). */
      readonly containers: number;
      readonly policy: Policy;
      /** The steps simulated: applying the manifest, then what the user added in the panel. */
      readonly steps: readonly Step[];
      readonly environment: Environment;
      readonly problems: readonly PanelProblem[];
      /** After a re-plan (manifest edited): the simulated time to stay at, if possible. */
      readonly keepTime?: number;
      /** Post `shown` as playback gets further (a walkthrough experiment waits for its proving event). */
      readonly reportShown?: boolean;
      /** The data-survives experiment: the learner's writes into the pods' volumes (docs/learn.md §4). */
      readonly volumes?: VolumeLesson;
    }
  | { readonly type: 'error'; readonly message: string };

/**
 * Actions that add a step to the simulation (the panel's controls): the engine's own steps (one
 * definition, core/simulate/types.ts), except `apply` and `wait`, plus `setPartition`, which the
 * panel offers as a control and sends on as an `apply` of the partition.
 */
export type StepAction =
  | Extract<StepBody, { readonly kind: 'scale' | 'deletePod' | 'failPod' | 'failReadiness' | 'restoreReadiness' | 'deleteStatefulSet' | 'forceDeletePod' }>
  /** The what-ifs of a node lane (the cluster contract of issue #11). */
  | Extract<StepBody, { readonly kind: NodeStepKind }>
  | (Extract<StepBody, { readonly kind: 'setImage' }> & { readonly outcome: Outcome; readonly container?: undefined })
  | { readonly kind: 'setPartition'; readonly partition: number };

export type FromWebview =
  | { readonly type: 'ready' }
  /** Add a step at simulated time `at` (the current scrub position). */
  | { readonly type: 'addStep'; readonly action: StepAction; readonly at: number }
  | { readonly type: 'setStorageClass'; readonly storageClass: 'default' | 'none' }
  | { readonly type: 'whatIf'; readonly policy: Policy }
  /** Forget the steps added in the panel and replay the manifest as written. */
  | { readonly type: 'restart' }
  | { readonly type: 'copyTranscript'; readonly text: string }
  | { readonly type: 'showTranscript'; readonly text: string }
  | { readonly type: 'openProblem'; readonly index: number }
  /** Playback reached frame `index` of the plan, further than before (a walkthrough step may be proven). */
  | { readonly type: 'shown'; readonly index: number }
  /** The learner wrote each running pod's hostname into its volume at simulated time `at`. */
  | { readonly type: 'writeVolumes'; readonly at: number };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown, max: number) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max;
const isText = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const POD_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?-\d{1,9}$/;
/** A node's name is a DNS subdomain (IsDNS1123Subdomain): at most 253 characters. */
const NODE_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/** The node steps a panel action may send (the simulator's one list). */
export const NODE_STEPS: readonly NodeStepKind[] = NODE_STEP_KINDS;
const OUTCOMES: readonly unknown[] = ['ready', 'imagePullError', 'crashLoop', 'neverReady'];
const MAX_REPLICAS = 1000;

function isStepAction(x: unknown): x is StepAction {
  if (!isObject(x)) return false;
  switch (x.kind) {
    case 'scale':
      return isCount(x.replicas, MAX_REPLICAS);
    case 'setImage':
      return isText(x.image, 256) && (x.image as string).trim().length > 0 && OUTCOMES.includes(x.outcome);
    case 'setPartition':
      return isCount(x.partition, MAX_REPLICAS);
    case 'deletePod':
    case 'failPod':
    case 'failReadiness':
    case 'restoreReadiness':
    case 'forceDeletePod':
      return typeof x.pod === 'string' && x.pod.length <= 80 && POD_NAME.test(x.pod);
    case 'deleteStatefulSet':
      return typeof x.scaleToZeroFirst === 'boolean';
    default:
      return isNodeStepKind(x.kind) && typeof x.node === 'string' && x.node.length <= 253 && NODE_NAME.test(x.node);
  }
}

/** Guards a message from the webview: anything else is dropped. */
export function isFromWebview(x: unknown): x is FromWebview {
  if (!isObject(x)) return false;
  switch (x.type) {
    case 'ready':
    case 'restart':
      return true;
    case 'addStep':
      return isStepAction(x.action) && isTime(x.at);
    case 'writeVolumes':
      return isTime(x.at);
    case 'setStorageClass':
      return x.storageClass === 'default' || x.storageClass === 'none';
    case 'whatIf':
      return x.policy === 'OrderedReady' || x.policy === 'Parallel';
    case 'copyTranscript':
    case 'showTranscript':
      return isText(x.text, 5_000_000);
    case 'openProblem':
      return isCount(x.index, 1000);
    case 'shown':
      return isCount(x.index, 1_000_000);
    default:
      return false;
  }
}

/** The script step a panel action adds (built field by field: the action came from the webview). */
export function toStep(action: StepAction, at: number): Step {
  switch (action.kind) {
    case 'scale':
      return { kind: action.kind, replicas: action.replicas, at };
    case 'setImage':
      return { kind: action.kind, image: action.image.trim(), outcome: action.outcome, at };
    case 'setPartition':
      return { kind: 'apply', patch: { spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: action.partition } } } }, at };
    case 'deleteStatefulSet':
      return { kind: action.kind, scaleToZeroFirst: action.scaleToZeroFirst, at };
    default:
      return 'node' in action ? { kind: action.kind, node: action.node, at } : { kind: action.kind, pod: action.pod, at };
  }
}
