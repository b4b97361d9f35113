import * as assert from 'node:assert/strict';
import { en, setLocale, t, tables } from '../../src/core/l10n/messages';
import * as panel from '../../src/core/l10n/panelMessages';

const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

describe('localisation', () => {
  afterEach(() => setLocale('en'));

  it('has a complete Simplified Chinese table: every English key, with the same placeholders', () => {
    const zh = tables['zh-cn'] as Record<string, string | undefined>;
    const missing = Object.keys(en).filter((key) => !zh[key] || zh[key]!.trim() === '');
    assert.deepEqual(missing, [], `${missing.length} of ${Object.keys(en).length} keys untranslated`);
    for (const [key, english] of Object.entries(en)) {
      assert.equal(placeholders(zh[key]!), placeholders(english), `placeholders of ${key}`);
    }
  });

  it('picks the table by locale, zh-CN and zh alike, and falls back to English', () => {
    setLocale('zh-CN');
    const zhText = t('hover.required');
    setLocale('zh');
    assert.equal(t('hover.required'), zhText);
    setLocale('fr');
    assert.equal(t('hover.required'), 'required');
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
    assert.equal(t('hover.required'), tables['zh-cn']['hover.required']);
    setLocale('en');
    assert.equal(panel.getLocale(), 'en');
  });
});
