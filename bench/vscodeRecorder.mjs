// What the user sees, timed inside the page (performance.now(), the workbench's own clock), so that
// the round trips of playwright to the browser are not part of any figure: a MutationObserver notes
// when the window progress in the status bar appears, changes and goes, when the first problem
// squiggle shows in the active editor, and when a hover asked for with the keyboard shows its content.
// Another window progress (an extension activating) can cover the index's for a while: the index
// has ended when its text has gone for good, not when it first gives way.

/** Runs in the page (page.evaluate): starts the recorder on `window.__bench`. */
export function installRecorder({ progressText, hoverText }) {
  // `progress` holds every text the status bar's progress entry took, '' when it was gone.
  const bench = { progressText, progress: [{ at: 0, text: '' }], openedAt: undefined, squiggle: undefined, hovers: [] };
  window.__bench = bench;
  const now = () => performance.now();
  const visibleHover = () => [...document.querySelectorAll('.monaco-hover')].find((h) => h.offsetParent !== null && h.textContent.includes(hoverText));
  const check = () => {
    const text = document.getElementById('status.progress')?.textContent.trim() ?? '';
    const indexing = text.includes(progressText);
    if (bench.progress.at(-1).text !== text) bench.progress.push({ at: now(), text });
    const squiggle = bench.openedAt !== undefined && !bench.squiggle && document.querySelector(
      '.editor-group-container.active .monaco-editor .squiggly-error, .editor-group-container.active .monaco-editor .squiggly-warning,' +
      ' .editor-group-container.active .monaco-editor .squiggly-info, .editor-group-container.active .monaco-editor .squiggly-hint');
    if (squiggle) bench.squiggle = { at: now(), className: squiggle.className, indexing };
    const hover = bench.hovers.at(-1);
    if (hover && hover.shownAt === undefined && visibleHover()) hover.shownAt = now();
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
  // The moment of the user's input, taken as the browser receives it.
  window.addEventListener('mousedown', (event) => {
    if (bench.openedAt === undefined && event.target.closest?.('.quick-input-list')) bench.openedAt = now();
  }, true);
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey && event.key.toLowerCase() === 'i') bench.hovers.push({ askedAt: now(), shownAt: undefined });
  }, true);
  check();
}

/** Runs in the page: a copy of what the recorder holds. */
export function readRecorder() {
  return JSON.parse(JSON.stringify(window.__bench));
}

/** Runs in the page: the index progress is in the status bar now. */
export function isIndexing() {
  return window.__bench.progress.at(-1).text.includes(window.__bench.progressText);
}

/** Runs in the page: the index progress showed, and has been gone for `ms` (it does not come back after that). */
export function indexingEndedFor(ms) {
  const { progress, progressText } = window.__bench;
  const last = progress.at(-1);
  return progress.some((p) => p.text.includes(progressText)) && !last.text.includes(progressText) && performance.now() - last.at > ms;
}
