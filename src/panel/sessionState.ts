// What one rollout panel simulates, as the extension host keeps it: the StatefulSet it follows and
// what the user changed in the panel (added steps, what-if policy, storage class). Kept in
// workspaceState so that the serializer can find the StatefulSet again after a reload; the
// webview's own setState holds only its view (position, speed), and the protocol has no field to
// carry the target through it. Nothing here reads a script: a script session's StorageClass is the
// script's own until the panel's switch sets one, and the language server, which plans the session,
// reads it from the script (session.ts toSession).
import { toVolumeWrites, type Environment } from '../core/index';
import { MAX_SCRIPT_LENGTH } from '../protocol/lsp';
import { isFromWebview, type Policy, type StepAction } from '../protocol/messages';

export interface RolloutTarget {
  /** The file, as a vscode.Uri string. */
  readonly uri: string;
  readonly name: string;
  readonly namespace: string;
  /** Index of the StatefulSet's document in the file: followed when the name changes. */
  readonly documentIndex?: number;
}

export interface AddedStep {
  readonly action: StepAction;
  readonly at: number;
}

/** A prepared simulator script the panel starts from (a walkthrough experiment), as YAML text. */
export interface PanelScript {
  /** Who prepared it: reported back with the panel's progress. */
  readonly id: string;
  readonly text: string;
}

export interface PanelSession {
  readonly target: RolloutTarget;
  /** Replaces "apply the manifest as written" with the script's steps and environment. */
  readonly script?: PanelScript;
  /** In the order of `at` (steps of a script run in order). */
  readonly added: readonly AddedStep[];
  /** The what-if policy; undefined: the manifest's own. */
  readonly policy?: Policy;
  /**
   * The panel's switch sets `default` or `none`; a script may start from a StorageClass of its own.
   * Undefined: the script's own (`default` without a script).
   */
  readonly storageClass?: Environment['storageClass'];
  /** "Simulate this change": start from the git baseline settled and apply the edit (docs/change-model.md §4). */
  readonly change?: boolean;
  /** The simulated times the learner wrote each hostname into its volume (docs/learn.md §4). */
  readonly writes?: readonly number[];
}

/** More would only slow re-planning; a panel is for trying a few things. */
export const MAX_ADDED_STEPS = 200;
export const SESSION_KEY = 'statefulsetStudio.rollout.panel';

/** A script's id (its workspace-relative path) is kept only up to this length. */
export const MAX_SCRIPT_ID_LENGTH = 100;

/** A session from time 0, its StorageClass left to the script (the server reads it). */
export function startSession(target: RolloutTarget, script?: PanelScript, change = false): PanelSession {
  if (change) return { target, added: [], storageClass: 'default', change };
  return script ? { target, script, added: [] } : { target, added: [], storageClass: 'default' };
}

export function sameTarget(a: RolloutTarget, b: RolloutTarget): boolean {
  return a.uri === b.uri && a.name === b.name && a.namespace === b.namespace;
}

/** Adds a step after every step at the same time or earlier. */
export function addStep(session: PanelSession, step: AddedStep): PanelSession {
  if (session.added.length >= MAX_ADDED_STEPS) return session;
  const after = session.added.findIndex((other) => other.at > step.at);
  const added = after === -1 ? [...session.added, step] : [...session.added.slice(0, after), step, ...session.added.slice(after)];
  return { ...session, added };
}

/**
 * A session read back from workspaceState (an older version may have written it) or sent by the
 * extension: checked like a message. Only the switch's values of the StorageClass are kept.
 */
export function restoreSession(raw: unknown): PanelSession | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { target, added, policy, storageClass, script, change, writes } = raw as Record<string, unknown>;
  const checkedTarget = toTarget(target);
  if (!checkedTarget) return undefined;
  let session = startSession(checkedTarget, toScript(script), change === true);
  if (storageClass === 'none' || storageClass === 'default') session = { ...session, storageClass };
  if (policy === 'OrderedReady' || policy === 'Parallel') session = { ...session, policy };
  if (session.script && Array.isArray(writes)) session = { ...session, writes: toVolumeWrites(writes) };
  for (const step of Array.isArray(added) ? added : []) {
    const message: unknown = { type: 'addStep', ...(typeof step === 'object' ? step : {}) };
    if (isFromWebview(message) && message.type === 'addStep') session = addStep(session, { action: message.action, at: message.at });
  }
  return session;
}

function toTarget(raw: unknown): RolloutTarget | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { uri, name, namespace, documentIndex } = raw as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof name !== 'string' || typeof namespace !== 'string') return undefined;
  const index = typeof documentIndex === 'number' && Number.isInteger(documentIndex) && documentIndex >= 0 ? documentIndex : undefined;
  return { uri, name, namespace, ...(index === undefined ? {} : { documentIndex: index }) };
}

function toScript(raw: unknown): PanelScript | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, text } = raw as Record<string, unknown>;
  return typeof id === 'string' && id.length <= MAX_SCRIPT_ID_LENGTH && typeof text === 'string' && text.length <= MAX_SCRIPT_LENGTH ? { id, text } : undefined;
}
