// Gives the heap of a burst of work back to the system. Indexing a workspace parses every file once
// and the closed-file pass after it parses the cross-file ones again: V8 grows the heap with that
// allocation rate (to 270–310 MB on the 2,000-file benchmark, of which 55–70 MB was live), and in
// Node it gives nothing back while the server then sits idle (no collection ran in 30 s of idle;
// V8's memory reducer never started). One compacting full collection at the end of the burst
// shrinks the heap to what is live, and the pages it frees go back to the system. The young
// generation is another matter: the burst grew it to 32 MB (16 MB semi-spaces), and V8 shrinks it
// only at a collection that finds the allocation rate of the last 5 seconds low (heap.cc
// ReduceNewSpaceSize). Right after the burst it is not; so a minor collection, which costs about a
// millisecond, follows once the server has been idle a while, and the young generation drops to
// 1 MB (30 MB of RSS on the benchmark).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** V8's `gc`: a full collection, or a minor one with `{ type: 'minor' }`. */
type Collect = (options?: { type: 'minor' | 'major' }) => void;

let collect: Collect | null | undefined;
let youngShrink: NodeJS.Timeout | undefined;

/** How long after a release the minor collection that shrinks the young generation waits: longer than the 5 s over which V8 measures the allocation rate. */
export const SHRINK_YOUNG_AFTER_MS = 8000;

/** The `gc` function V8 exposes on request (as `--expose-gc` does); null where it cannot be had. */
function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as Collect;
  } catch {
    collect = null; // a runtime without it: the heap shrinks whenever V8 decides
  }
  return collect;
}

/**
 * A compacting full collection, once a burst of work is over, and a minor one SHRINK_YOUNG_AFTER_MS
 * later (put off again by the next release); the time the first took, in ms (0 when unavailable).
 */
export function releaseHeap(shrinkYoungAfterMs = SHRINK_YOUNG_AFTER_MS): number {
  const gc = collector();
  if (!gc) return 0;
  const start = performance.now();
  // Compacting: a plain full collection frees the garbage but keeps every page that still holds a
  // live object, and a burst leaves survivors scattered over most of them (on the benchmark, 53 MB
  // live held 227 MB of heap after a plain collection).
  v8.setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
  clearTimeout(youngShrink);
  // Unref'd: a server on its way out does not wait for it.
  youngShrink = setTimeout(() => gc({ type: 'minor' }), shrinkYoungAfterMs).unref();
  return performance.now() - start;
}
