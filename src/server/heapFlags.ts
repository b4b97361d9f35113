// One V8 setting for the server's process, measured (issue #12, the server's memory after
// indexing): once the index worker parses the workspace, the server's own heap holds little, but
// checking the closed files afterwards (each re-read and parsed in turn) let V8 double its young
// generation up to 2 × 16 MB, which it then keeps: 32 MB of the 158 MB the server held on the
// benchmark's 2,000 files. Kept from growing, it stays at 2 MB and the server settled at 134 MB
// (budget 144 MB); the short-lived parse trees are collected as before, by more, smaller scavenges.
// V8 reads this flag each time it would grow the young generation, so setting it at start-up,
// before the heap has grown, is enough (the index worker's isolate, torn down after each scan, too).
import * as v8 from 'node:v8';

export const HEAP_FLAGS = '--semi-space-growth-factor=1';

export function applyHeapFlags(): void {
  v8.setFlagsFromString(HEAP_FLAGS);
}
