// Label keys and values against the cases upstream's own tests use
// (apimachinery util/validation TestIsQualifiedName, TestIsValidLabelValue).
import * as assert from 'node:assert/strict';
import { labelKeyProblems, labelValueProblems, selectorIsWellFormed } from '../../../src/core/model/labelSyntax';
import { parseFile } from '../../../src/core/parse/parseFile';
import { getPath } from '../../../src/core/model/access';

describe('label syntax (IsQualifiedName, IsValidLabelValue)', () => {
  it('accepts the qualified names IsQualifiedName accepts', () => {
    const good = ['simple', 'now-with-dashes', '1-starts-with-num', '1234', 'simple/simple', 'now-with-dashes/simple', 'now-with-dashes/now-with-dashes',
      'now.with.dots/simple', 'now-with.dashes-and.dots/simple', '1-num.2-num/3-num', '1234/5678', '1.2.3.4/5678', 'Uppercase_Is_OK_123',
      'example.com/Uppercase_Is_OK_123', 'requests.storage-foo', 'a'.repeat(63), `${'a'.repeat(253)}/${'b'.repeat(63)}`];
    for (const key of good) assert.deepEqual(labelKeyProblems(key), [], key);
  });

  it('refuses the qualified names IsQualifiedName refuses', () => {
    const bad = ['nospecialchars%^=@', 'cantendwithadash-', '-cantstartwithadash-', 'only/one/slash', 'Example.com/abc', 'example_com/abc',
      'example.com/', '/simple', 'a'.repeat(64), `${'a'.repeat(254)}/abc`];
    for (const key of bad) assert.notDeepEqual(labelKeyProblems(key), [], key);
  });

  it('gives an empty name part both of upstream\'s errors, non-empty and format', () => {
    assert.equal(labelKeyProblems('example.com/').length, 2);
    assert.match(labelKeyProblems('example.com/')[0], /^name part must be non-empty$/);
  });

  it('accepts the label values IsValidLabelValue accepts, the empty one included, and refuses the others', () => {
    for (const value of ['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', 'a'.repeat(63), '', 'My_Value.1']) {
      assert.deepEqual(labelValueProblems(value), [], value);
    }
    for (const value of ['nospecialchars%^=@', 'Tama-nui-te-rā.is.Māori.sun', '\\backslashes\\are\\bad', '-starts-with-dash', 'ends-with-dash-', '.starts.with.dot', 'ends.with.dot.', 'a'.repeat(64), 'a/b']) {
      assert.notDeepEqual(labelValueProblems(value), [], value);
    }
  });

  it('says a selector is well formed only when LabelSelectorAsSelector would accept it', () => {
    const selector = (yaml: string) => getPath(parseFile(`selector:\n${yaml}`).documents[0].chunk.root, 'selector');
    assert.equal(selectorIsWellFormed(selector('  matchLabels: {app: web}\n  matchExpressions:\n  - {key: tier, operator: In, values: [a]}\n')), true);
    assert.equal(selectorIsWellFormed(selector('  matchExpressions:\n  - {key: tier, operator: in, values: [a]}\n')), false);
    assert.equal(selectorIsWellFormed(selector('  matchExpressions:\n  - {key: tier, operator: Exists, values: [a]}\n')), false);
    assert.equal(selectorIsWellFormed(selector('  matchLabels: {app: "a b"}\n')), false);
  });
});
