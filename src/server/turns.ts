// How the server's long work (the index scan, the pass over closed files) gives way to messages.
// Between two slices of work it yields to the event loop, and not only once. vscode-jsonrpc
// handles a message read from the transport in a later turn (connection.ts triggerMessageQueue, a
// setImmediate per message), and over stdio writes each outgoing message in a turn of its own
// (StreamMessageWriter's Semaphore: runNext schedules every write with setImmediate). A single
// yield let the next slice run first: a hover waited for the rest of the slice under way, a whole
// slice before it was handled, and a slice per queued notification before its answer was written.
// So the server yields turn after turn while other callbacks are queued for the next (Node's own
// count of pending immediates, process.getActiveResourcesInfo), and starts its next slice when
// none is: the messages read, and the writes they queued, have gone first. Timing the turns
// instead (a busy one takes longer) missed the writes that a warm JIT makes quicker than any
// threshold.

/** Yields at most this many turns in a row, so a flood of messages slows the work down without stopping it. */
export const MAX_TURNS = 64;
/** Where Node cannot count pending immediates: turns enough for a message to be read, handled and answered. */
export const TURNS_WITHOUT_COUNT = 4;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Whether other callbacks wait for a turn of the loop (ours has just run, so it is not among them). */
function othersQueued(): boolean | undefined {
  return typeof process.getActiveResourcesInfo === 'function' ? process.getActiveResourcesInfo().includes('Immediate') : undefined;
}

/**
 * Resolves once a turn of the event loop finds nothing else queued (or after MAX_TURNS). Returns
 * how many turns it yielded (tests read it).
 */
export async function yieldToPendingWork(): Promise<number> {
  let turns = 0;
  for (;;) {
    await nextTurn();
    turns++;
    const queued = othersQueued();
    if (turns >= MAX_TURNS || queued === false || (queued === undefined && turns >= TURNS_WITHOUT_COUNT)) return turns;
  }
}
