// The processes of one VS Code server that `bench/vscode.mjs` started, read from /proc: the
// language server found by its command line (`dist/server.js`) and the extension host (the fork
// with `--type=extensionHost`), each looked for among the descendants of that server only, so
// other VS Code servers on the machine (other runs, other engineers) are never measured.
import fs from 'node:fs';

/** `/proc/<pid>/stat` split after the command name (which may hold spaces). */
function statFields(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function parentOf(pid) {
  try {
    return Number(statFields(pid)[1]);
  } catch {
    return undefined; // gone while we looked
  }
}

function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** Every live process below `rootPid`, with its command line. */
export function descendants(rootPid) {
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found = [];
  for (const queue = [rootPid]; queue.length > 0; ) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push({ pid: child, cmdline: commandLine(child) });
      queue.push(child);
    }
  }
  return found;
}

/** The one descendant of `rootPid` whose command line matches `pattern`, or undefined. */
export function findDescendant(rootPid, pattern) {
  const matches = descendants(rootPid).filter((p) => pattern.test(p.cmdline));
  if (matches.length > 1) throw new Error(`${matches.length} processes match ${pattern}: ${matches.map((p) => p.cmdline).join(' | ')}`);
  return matches[0]?.pid;
}

export const LANGUAGE_SERVER = /[/\\]dist[/\\]server\.js(\s|$)/;
export const EXTENSION_HOST = /--type=extensionHost/;

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid) {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
}

/** CPU time the process has used (user + system), in clock ticks. */
function cpuTicks(pid) {
  const fields = statFields(pid);
  return Number(fields[11]) + Number(fields[12]);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls every 100 ms until `probe()` returns something other than undefined; fails naming `what` after `timeoutMs`. */
export async function poll(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Waits until `pid` uses at most one clock tick (10 ms) of CPU in `quietMs` (its work after the index,
 * such as checking the closed files and publishing their problems, is over), at most `timeoutMs`.
 * Returns { idle, waitedMs }: idle false when the bound came first.
 */
export async function waitIdle(pid, { quietMs = 1000, timeoutMs = 300_000 } = {}) {
  const start = Date.now();
  let [ticks, since] = [cpuTicks(pid), Date.now()];
  while (Date.now() - since < quietMs) {
    if (Date.now() - start > timeoutMs) return { idle: false, waitedMs: Date.now() - start };
    await sleep(200);
    const now = cpuTicks(pid);
    if (now - ticks > 1) [ticks, since] = [now, Date.now()];
  }
  return { idle: true, waitedMs: Date.now() - start };
}
