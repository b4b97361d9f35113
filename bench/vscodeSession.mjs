// One session of `npm run bench:vscode`: a fresh VS Code server (the packaged extension installed)
// and Chromium on one workspace, the file opened with Quick Open once the language server has run
// for OPEN_AFTER_SERVER_MS, then timed as the user sees it (bench/vscodeRecorder.mjs): its first
// problem squiggle, the index's progress in the status bar until it goes, and the memory of the
// language server and the extension host once the server has gone idle. With `hover`, the
// session asks for hovers with the keyboard all the while the index progress shows.
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbench } from '../test/harness/server.mjs';
import { EXTENSION_HOST, findDescendant, LANGUAGE_SERVER, poll, rssBytes, waitIdle } from './processes.mjs';
import { indexingEndedFor, installRecorder, isIndexing, readRecorder } from './vscodeRecorder.mjs';

/** The user opens the file once the server is up (as bench/lsp.ts opens it once the server is initialised). */
const OPEN_AFTER_SERVER_MS = 2000;
/** The index progress's title in the status bar (src/core/l10n/en/server.ts `server.index.title`). */
export const PROGRESS_TEXT = 'StatefulSet Studio: indexing YAML files';
const LONG = 600_000;
/** The index has ended once its progress has been gone this long (it may give way to another for a moment). */
const PROGRESS_GONE_FOR_MS = 2000;
/** After the server goes idle, as bench/lsp.ts waits: longer than its wait before it shrinks its young generation (src/server/heapRelease.ts SHRINK_YOUNG_AFTER_MS). */
const IDLE_MS = 10_000;

async function openAtLine(page, relative, line) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`${relative}:${line}`);
  // A click on the row (Enter raced the list's refresh in the UI tests); the recorder notes its mousedown.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relative) }).first();
  await row.waitFor();
  await row.click();
}

/** The token `word` on a visible line of the active editor that contains `lineText`. */
function token(page, lineText, word) {
  return page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: lineText }).first()
    .locator('span > span', { hasText: new RegExp(`^${word}$`) }).first();
}

/** Hovers with Ctrl+K Ctrl+I on the caret's token again and again while `keepGoing()` holds. */
async function hoverWhile(page, { lineText, word, text }, keepGoing) {
  await token(page, lineText, word).click();
  const shown = page.locator('.monaco-hover').filter({ hasText: text });
  while (await keepGoing()) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await shown.first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.keyboard.press('Escape');
    await shown.first().waitFor({ state: 'hidden', timeout: 15_000 });
  }
}

const progressShowing = (page) => page.evaluate(isIndexing);

/**
 * Runs one session on `folder`; `opened` = { relative, line }; `hover` = { lineText, word, text } with
 * `whileIndexing: true` (hovers as long as the index progress shows) or `idleCount` (that many once the
 * server is idle), or undefined; `shots` = a screenshot path prefix or undefined; `settle` false does not
 * wait for the server to go idle before the memory is read again. Returns what was measured.
 */
export async function runSession({ runsDir, vsix, folder, opened, hover, shots, expectIndexing, settle = true }) {
  const { server, browser, page } = await openWorkbench({ runsDir, vsix, folder, settings: {} });
  try {
    await page.evaluate(installRecorder, { progressText: PROGRESS_TEXT, hoverText: hover?.text ?? '\u0000' });
    const serverPid = await poll('the language server process', () => findDescendant(server.proc.pid, LANGUAGE_SERVER), LONG);
    await new Promise((resolve) => setTimeout(resolve, OPEN_AFTER_SERVER_MS));
    const indexingAtOpen = await progressShowing(page);
    await openAtLine(page, opened.relative, opened.line);
    await page.waitForFunction(() => window.__bench.squiggle !== undefined, null, { timeout: LONG, polling: 100 });
    if (shots) await page.screenshot({ path: `${shots}-first-squiggle.png` });
    if (hover?.whileIndexing) await hoverWhile(page, hover, () => progressShowing(page));
    if (expectIndexing) await page.waitForFunction(indexingEndedFor, PROGRESS_GONE_FOR_MS, { timeout: LONG, polling: 100 });
    const extensionHostPid = findDescendant(server.proc.pid, EXTENSION_HOST);
    const memory = () => ({ server: rssBytes(serverPid), extensionHost: rssBytes(extensionHostPid) });
    const rssAtIndexEnd = memory();
    const settled = settle ? await waitIdle(serverPid) : undefined;
    if (settled?.idle) await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const rss = memory();
    let left = hover?.idleCount ?? 0;
    if (left > 0) await hoverWhile(page, hover, () => left-- > 0);
    const problems = (await page.locator('#status\\.problems').innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    if (shots) await page.screenshot({ path: `${shots}-indexed.png` });
    return { ...summarise(await page.evaluate(readRecorder)), indexingAtOpen, rssAtIndexEnd, settled, rss, problems };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** At most `count` entries of `list`, evenly spread, the first and the last among them. */
function sample(list, count) {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, i) => list[Math.round((i * (list.length - 1)) / (count - 1))]);
}

/** The index progress's span: from its first showing to its last going (the text that followed it, '' when none). */
function indexSpan({ progress, progressText }) {
  const first = progress.findIndex((p) => p.text.includes(progressText));
  const last = progress.findLastIndex((p) => p.text.includes(progressText));
  if (first < 0 || last === progress.length - 1) return { shownAt: undefined, goneAt: undefined, texts: [] };
  const between = progress.slice(first, last + 1);
  return { shownAt: progress[first].at, goneAt: progress[last + 1].at, followedBy: progress[last + 1].text,
    coveredBy: [...new Set(between.filter((p) => !p.text.includes(progressText)).map((p) => p.text))], texts: between.filter((p) => p.text.includes(progressText)) };
}

/** The recorder's timestamps as durations (the progress samples relative to the file's opening). */
function summarise(recorded) {
  const { openedAt, squiggle, hovers } = recorded;
  const span = indexSpan(recorded);
  return {
    openToSquiggleMs: squiggle.at - openedAt,
    squiggleClass: squiggle.className,
    squiggleWhileIndexing: squiggle.indexing,
    squiggleBeforeIndexEndMs: span.goneAt === undefined ? undefined : span.goneAt - squiggle.at,
    openAfterProgressShownMs: span.shownAt === undefined ? undefined : openedAt - span.shownAt,
    progressShownMs: span.goneAt === undefined ? undefined : span.goneAt - span.shownAt,
    progressFollowedBy: span.followedBy,
    progressCoveredBy: span.coveredBy,
    progressTexts: span.texts.length,
    progressSample: sample(span.texts, 8).map((p) => `${(p.at - openedAt).toFixed(0)} ms: ${p.text}`),
    hoverMs: hovers.filter((h) => h.shownAt !== undefined).map((h) => h.shownAt - h.askedAt),
    windowLoadToOpenMs: openedAt,
  };
}

export function ensureDir(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
