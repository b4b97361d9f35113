import * as assert from 'node:assert/strict';
import { getLocale, setLocale, t } from '../../../src/core/docs/strings';

describe('messages', () => {
  afterEach(() => setLocale('en'));

  it('fills numbered placeholders and leaves missing ones as written', () => {
    assert.equal(t('hover.pods.many', 3, '`a`'), '3 pods: `a`');
    assert.equal(t('hover.pods.many', 3), '3 pods: {1}');
  });

  it('falls back to English for a locale without a table', () => {
    setLocale('fr-FR');
    assert.equal(getLocale(), 'en');
    assert.equal(t('list.and'), 'and');
  });
});
