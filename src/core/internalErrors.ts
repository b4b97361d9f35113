// Crashes inside the engine are our bugs: they never take a check down, and they are never silent.
// A rule whose check throws becomes an `internal-error` diagnostic (check.ts); a rule whose quick
// fix throws becomes a fix entry that says so and edits nothing (fixes.ts). Both are also handed to
// whoever listens here, so an adapter can log them (the output channel, LSP `window/logMessage`).

export interface InternalError {
  readonly ruleId: string;
  /** Where the rule failed: checking a resource or computing a quick fix. */
  readonly phase: 'check' | 'fix';
  /** The localised text shown to the user (`engine.internalError`, `engine.fixFailed`). */
  readonly message: string;
  readonly error: unknown;
}

export type InternalErrorListener = (error: InternalError) => void;

const listeners = new Set<InternalErrorListener>();

/** Hears every internal error from now on; call the returned function to stop. */
export function onInternalError(listener: InternalErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportInternalError(error: InternalError): void {
  for (const listener of listeners) listener(error);
}

/** The reason of a thrown value, for the messages. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
