// Gives the heap of a burst of work back to the system. Indexing a workspace parses every file once
// and the closed-file pass after it parses the cross-file ones again: V8 grows the heap with that
// allocation rate (to 270–310 MB on the 2,000-file benchmark, of which 55–70 MB was live), and in
// Node it gives nothing back while the server then sits idle (no collection ran in 30 s of idle;
// V8's memory reducer never started). One compacting full collection at the end of the burst
// shrinks the heap to what is live, and the pages it frees go back to the system.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let collect: (() => void) | null | undefined;

/** The `gc` function V8 exposes on request (as `--expose-gc` does); null where it cannot be had. */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  } catch {
    collect = null; // a runtime without it: the heap shrinks whenever V8 decides
  }
  return collect;
}

/** A compacting full collection, once a burst of work is over; the time it took, in ms (0 when unavailable). */
export function releaseHeap(): number {
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
  return performance.now() - start;
}
