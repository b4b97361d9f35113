import * as assert from 'node:assert/strict';
import { en, tables } from '../../../src/core/l10n/messages';
import { format, MAX_CUT_TEMPLATES } from '../../../src/core/l10n/locale';
import { heapAfterGc } from '../heapUsed';

/** format as it was written before templates were cut once and cached: the reference. */
const byReplace = (template: string, args: readonly (string | number)[]) =>
  template.replace(/\{(\d+)\}/g, (match, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : match));

describe('format', () => {
  const cases: [string, (string | number)[]][] = [
    ['no placeholder', ['unused']],
    ['{0}', ['only']],
    ['{0}{0} and {1}', ['a', 2]],
    ['{1} before {0}', ['first', 'second']],
    ['{2} has no argument; {007} is argument 7; {10} too; {x} and {} are text', [0, 1]],
    ['{0}', []],
    ['edge {0}', ['{1}']],
    ['', []],
  ];
  for (const [template, args] of cases) {
    it(`fills ${JSON.stringify(template)} as the regular expression did`, () => {
      assert.equal(format(template, args), byReplace(template, args));
      assert.equal(format(template, args), byReplace(template, args), 'the second call, from the cut template');
    });
  }

  it('fills every string of every locale as the regular expression did, with numbers and text', () => {
    const args = ['web-0', 3, 'nginx', 0.5, 'x', 'y', 'z', 8, 9];
    let checked = 0;
    for (const table of Object.values(tables)) {
      for (const template of Object.values(table as Record<string, string>)) {
        assert.equal(format(template, args), byReplace(template, args), template);
        assert.equal(format(template, args.slice(0, 1)), byReplace(template, args.slice(0, 1)), template);
        checked++;
      }
    }
    assert.ok(checked > Object.keys(en).length, `${checked} templates`);
  });

  it('keeps nothing of the arguments once a message is made', () => {
    const before = heapAfterGc();
    (() => {
      // A 16 MB text and a name sliced from it, as a rule formats a name read from a file (V8 slices
      // rather than copies from 13 characters on).
      const text = 'x'.repeat(16 * 2 ** 20) + 'web-statefulset-0';
      assert.equal(format('{0} is gone (keeps-nothing test)', [text.slice(-17)]), 'web-statefulset-0 is gone (keeps-nothing test)');
    })();
    const kept = heapAfterGc() - before;
    assert.ok(kept < 2 ** 20, `${(kept / 2 ** 20).toFixed(1)} MB kept`);
  });

  // Last: it fills the cache, and a template formatted after it is not kept (the test above needs its template kept).
  it('formats templates beyond the cache\'s cap as it does those it keeps', () => {
    for (let i = 0; i < MAX_CUT_TEMPLATES + 100; i++) {
      const template = `template ${i}: {0} of {1}`;
      assert.equal(format(template, ['a', i]), `template ${i}: a of ${i}`);
    }
    assert.equal(format('template 7: {0} of {1}', ['b', 7]), 'template 7: b of 7', 'a cached one, again');
  });
});
