import * as assert from 'node:assert/strict';
import * as hover from '../../src/core/docs/strings';
import { en, setLocale, t, tables } from '../../src/core/l10n/messages';
import * as panel from '../../src/core/l10n/panelMessages';

const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

/** The keyed tables (the central one and those kept next to their owners), by name. */
const TABLES = { messages: tables, hover: hover.hoverStrings.tables } as const;

describe('localisation', () => {
  afterEach(() => setLocale('en'));

  for (const [name, byLocale] of Object.entries(TABLES)) {
    it(`has a complete Simplified Chinese ${name} table: every English key, with the same placeholders`, () => {
      const english = byLocale.en as Record<string, string>;
      const zh = byLocale['zh-cn'] as Record<string, string | undefined>;
      const missing = Object.keys(english).filter((key) => !zh[key] || zh[key]!.trim() === '');
      assert.deepEqual(missing, [], `${missing.length} of ${Object.keys(english).length} keys untranslated`);
      for (const [key, text] of Object.entries(english)) assert.equal(placeholders(zh[key]!), placeholders(text), `placeholders of ${key}`);
    });
  }

  it('picks the table by locale, zh-CN and zh alike, and falls back to English', () => {
    setLocale('zh-CN');
    const zhText = t('sim.wait.runningAndReady');
    assert.notEqual(zhText, en['sim.wait.runningAndReady']);
    setLocale('zh');
    assert.equal(t('sim.wait.runningAndReady'), zhText);
    setLocale('fr');
    assert.equal(t('sim.wait.runningAndReady'), 'Running and Ready');
  });

  it('gives the webview the simulator and UI strings only, with the same texts in every locale', () => {
    const keys = Object.keys(panel.panelEnglish) as panel.MessageKey[];
    assert.deepEqual(keys.filter((key) => !/^(sim|ui|webview|cli)\./.test(key)), []);
    assert.ok(keys.length > 100);
    for (const locale of ['en', 'zh-CN']) {
      setLocale(locale);
      for (const key of keys) assert.equal(panel.t(key, 'A', 'B', 'C'), t(key, 'A', 'B', 'C'), `${locale} ${key}`);
    }
    assert.equal(panel.getLocale(), 'zh-cn');
  });

  it('keeps one locale for every table: the one asked for last, through any of them', () => {
    panel.setLocale('zh');
    assert.equal(hover.t('hover.required'), hover.hoverStrings.tables['zh-cn']['hover.required']);
    assert.equal(t('sim.wait.runningAndReady'), tables['zh-cn']['sim.wait.runningAndReady']);
    setLocale('en');
    assert.equal(panel.getLocale(), 'en');
    assert.equal(hover.t('hover.required'), 'required');
  });
});
