// The rollout panel's session as the language server plans it (sessionState.ts is what the
// extension keeps): a script session's StorageClass switch starts where the script sets it, and
// the steps planned are the script's, then what the user added.
import { parseScript, type Environment, type Step } from '../core/index';
import { toStep } from '../protocol/messages';
import { restoreSession, startSession, type PanelScript, type PanelSession, type RolloutTarget } from './sessionState';

/** A session from time 0; with a script, its StorageClass switch starts where the script sets it. */
export function newSession(target: RolloutTarget, script?: PanelScript, change = false): PanelSession {
  const session = startSession(target, script, change);
  return session.storageClass ? session : { ...session, storageClass: scriptStorageClass(session.script) };
}

/** The script's steps (by default: the manifest as written), then what the user added. */
export function stepsOf(session: PanelSession, base: readonly Step[] = [{ kind: 'apply', patch: {} }]): Step[] {
  return [...base, ...session.added.map(({ action, at }) => toStep(action, at))];
}

/** A session sent by the extension or read back: checked like a message; a StorageClass the switch did not set is the script's own. */
export function toSession(raw: unknown): PanelSession | undefined {
  const session = restoreSession(raw);
  return session && !session.storageClass ? { ...session, storageClass: scriptStorageClass(session.script) } : session;
}

function scriptStorageClass(script: PanelScript | undefined): Environment['storageClass'] {
  const parsed = script ? parseScript(script.text) : undefined;
  return parsed && 'script' in parsed ? parsed.script.environment.storageClass : 'default';
}
