// The symbols the panel draws as text (state badges, event glyphs, icons before a line) must exist
// in the fonts a webview falls back to, or they show as empty boxes: in the real VS Code of the UI
// tests (Debian's Chromium, DejaVu fonts) the budget's ⛨, the out-of-service ⏻, the zone's ⌖ and
// the refused eviction's ⛔ did. Every symbol in the webview's sources and the panel's strings has
// to be one of these, each checked to be in DejaVu Sans (`fc-list ':charset=26c1' family`).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './support.mjs';

const IN_DEJAVU_SANS = new Set('←→↺⇢⊖⊗⊘⏏▶▸●◎⚠⛁✓✕❚');

/** Symbols from the arrows block on (U+2190); punctuation, CJK and fullwidth forms are text, not symbols. */
const isSymbol = (c) => {
  const code = c.codePointAt(0);
  return code >= 0x2190 && !(code >= 0x2e80 && code <= 0x9fff) && !(code >= 0xff00 && code <= 0xffef);
};

function sources() {
  const webview = readdirSync(join(ROOT, 'webview')).filter((f) => /\.(ts|css)$/.test(f)).map((f) => join('webview', f));
  const strings = ['en', 'zh-cn'].flatMap((locale) => ['ui.ts', 'panelCluster.ts'].map((f) => join('src/core/l10n', locale, f)));
  return [...webview, ...strings];
}

describe('glyphs of the panel', () => {
  it('uses only symbols that the webview\'s fallback fonts have', () => {
    const found = new Map();
    for (const file of sources()) {
      for (const c of readFileSync(join(ROOT, file), 'utf8')) if (isSymbol(c)) found.set(c, [...(found.get(c) ?? []), file]);
    }
    assert.ok(found.size >= 10, `the scan should find the panel's symbols, found ${[...found.keys()].join('')}`);
    const missing = [...found].filter(([c]) => !IN_DEJAVU_SANS.has(c)).map(([c, files]) => `${c} U+${c.codePointAt(0).toString(16).toUpperCase()} in ${[...new Set(files)].join(', ')}`);
    assert.deepEqual(missing, []);
  });
});
