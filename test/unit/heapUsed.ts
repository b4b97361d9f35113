// The heap in use once garbage is collected, for tests that assert what a structure keeps alive
// (V8's `gc`, exposed on request as `--expose-gc` does).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
/** V8's collector, reachable without `node --expose-gc` (the flag is read when a context is made). */
export const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Bytes in use after two full collections (the second catches what the first's finalizers freed). */
export function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}
